package org.dossier.indexer.internal.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.dossier.indexer.Location;
import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.extract.Section;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    private final Chunker chunker = new Chunker(200, 50);

    @Test
    void passageOffsetsPointExactlyAtTheirTextInTheDocument() {
        String text = "First paragraph about the harbour.\n\n" + "Second paragraph. ".repeat(30) + "\n\nLast words.";
        ExtractedPart part = part(text, List.of());

        List<Passage> passages = chunker.split(part);

        assertThat(passages).hasSizeGreaterThan(2);
        for (Passage passage : passages) {
            assertThat(text.substring(passage.start(), passage.end())).isEqualTo(passage.text());
            assertThat(passage.text().length()).isLessThanOrEqualTo(200);
            assertThat(passage.text()).isEqualTo(passage.text().strip());
        }
        assertThat(passages).extracting(Passage::ordinal).containsExactly(
                java.util.stream.IntStream.range(0, passages.size()).boxed().toArray(Integer[]::new));
    }

    @Test
    void breaksBetweenParagraphsRatherThanInsideThem() {
        String first = "A".repeat(60) + " ends here.";
        String second = "B".repeat(60) + " also ends.";
        String third = "C".repeat(100);
        String text = first + "\n\n" + second + "\n\n" + third;

        List<Passage> passages = chunker.split(part(text, List.of()));

        assertThat(passages.getFirst().text()).isEqualTo(first + "\n\n" + second);
        assertThat(passages.get(1).text()).isEqualTo(third);
    }

    @Test
    void aPassageNeverSpansTwoPagesAndKnowsItsPage() {
        String page1 = "Page one text about the contract.\n\n";
        String page2 = "Page two names the signatory.\n\n";
        String page3 = "Page three lists the invoices.";
        String text = page1 + page2 + page3;
        List<Integer> pageStarts = List.of(0, page1.length(), page1.length() + page2.length());

        List<Passage> passages = chunker.split(part(text, pageStarts));

        assertThat(passages).extracting(Passage::location)
                .containsExactly(Location.page(1), Location.page(2), Location.page(3));
        assertThat(passages.get(1).text()).isEqualTo("Page two names the signatory.");
    }

    @Test
    void formatsWithoutPagesGiveNoLocation() {
        assertThat(chunker.split(part("Just some text.", List.of()))).singleElement()
                .extracting(Passage::location).isNull();
    }

    @Test
    void aPassageNeverSpansTwoSheetsEvenWhenBothWouldFitInOne() {
        String budget = "Budget\n\nItem\tCost\nDredging\t480000\n\n";
        String vendors = "Vendors\n\nBluewater Holdings\tCyprus";
        String text = budget + vendors;
        ExtractedPart workbook = new ExtractedPart("", "application/vnd.ms-excel", "w", null, null, null, text,
                List.of(), List.of(0, budget.length()), false, null, List.of(
                new Section(0, Location.sheet(1, "Budget")), new Section(budget.length(), Location.sheet(2, "Vendors"))));

        List<Passage> passages = chunker.split(workbook);

        assertThat(passages).extracting(Passage::text)
                .containsExactly(budget.strip(), vendors);
        assertThat(passages).extracting(p -> p.location().label())
                .containsExactly("sheet “Budget”", "sheet “Vendors”");
    }

    @Test
    void eachSlideIsCitedByItsNumberAndASlideWithoutTextGivesNoPassage() {
        String one = "Harbour dredging plan\n\n";
        String three = "Costs doubled";
        String text = one + three;
        ExtractedPart deck = new ExtractedPart("", "application/vnd.ms-powerpoint", "d", null, null, null, text,
                List.of(), List.of(), false, null, List.of(new Section(0, Location.slide(1)),
                new Section(one.length(), Location.slide(2)), new Section(one.length(), Location.slide(3))));

        List<Passage> passages = chunker.split(deck);

        assertThat(passages).extracting(Passage::location).containsExactly(Location.slide(1), Location.slide(3));
    }

    @Test
    void aVeryLongWordIsCutAtTheLimit() {
        String text = "x".repeat(450);

        List<Passage> passages = chunker.split(part(text, List.of()));

        assertThat(passages).extracting(p -> p.text().length()).containsExactly(200, 200, 50);
    }

    @Test
    void refusesAMinimumThatIsNotBelowTheMaximum() {
        assertThatThrownBy(() -> new Chunker(100, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be below max");
    }

    @Test
    void aPassagePrefersToEndWhereAHeadingBegins() {
        String intro = "Introduction text. ".repeat(6);
        String decisions = "Decisions\nPayments are suspended. " + "More detail follows. ".repeat(4);
        String text = intro + "\n\n" + decisions;
        ExtractedPart part = new ExtractedPart("", "text/html", "t", null, null, null, text, List.of(),
                List.of(text.indexOf("Decisions")), false, null);

        List<Passage> passages = chunker.split(part);

        assertThat(passages).hasSize(2);
        assertThat(passages.get(1).text()).startsWith("Decisions\nPayments are suspended.");
    }

    @Test
    void textQuotedFromAnEarlierMessageIsNotIndexedAgain() {
        String reply = "Thank you, I will check invoice 2231 with the auditor tomorrow.";
        String text = reply + "\n\nOn Mon, 2 Mar 2026, Ayşe Yılmaz wrote:\n> Invoice 2231 bills twice the agreed rate.\n"
                + "> Please look at it.\n\nBest,\nMirela\n\n-----Original Message-----\nFrom: someone\nOld text.";
        ExtractedPart message = new ExtractedPart("/1", "message/rfc822", "Re: Invoice", null, null, null, text,
                List.of(), List.of(), false, null);

        List<Passage> passages = new Chunker(200, 20).split(message);

        assertThat(passages).extracting(Passage::text).containsExactly(reply, "Best,\nMirela");
        passages.forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
    }

    @Test
    void aBodyLineThatAnMboxEscapedAsFromIsKeptNotTakenForAQuote() {
        String text = "We asked again on Monday.\n>From the harbour office we heard nothing back.\n"
                + ">>From a forwarded note, escaped twice.\n> From: quoted header of an earlier message";
        ExtractedPart message = new ExtractedPart("/1", "message/rfc822", "Silence", null, null, null, text,
                List.of(), List.of(), false, null);

        List<Passage> passages = new Chunker(500, 20).split(message);

        assertThat(passages).extracting(Passage::text).containsExactly("We asked again on Monday.\n"
                + ">From the harbour office we heard nothing back.\n>>From a forwarded note, escaped twice.");
    }

    @Test
    void quotedLooksInADocumentThatIsNotAMessageAreKept() {
        String text = "> A block quote in a memo is part of the memo.";

        assertThat(chunker.split(part(text, List.of()))).extracting(Passage::text).containsExactly(text);
    }

    private static ExtractedPart part(String text, List<Integer> pageStarts) {
        return new ExtractedPart("", "text/plain", "t", null, null, null, text, pageStarts, List.of(), false, null);
    }
}
