package org.dossier.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.dossier.indexer.extract.ExtractedPart;
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

        assertThat(passages).extracting(Passage::page).containsExactly(1, 2, 3);
        assertThat(passages.get(1).text()).isEqualTo("Page two names the signatory.");
    }

    @Test
    void formatsWithoutPagesGiveNoPageNumber() {
        assertThat(chunker.split(part("Just some text.", List.of()))).singleElement()
                .extracting(Passage::page).isNull();
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

    private static ExtractedPart part(String text, List<Integer> pageStarts) {
        return new ExtractedPart("", "text/plain", "t", null, null, null, null, text, pageStarts, false, null);
    }
}
