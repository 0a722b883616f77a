package org.dossier.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dossier.indexer.chunk.Passage;
import org.dossier.indexer.extract.MailHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexTest {

    @TempDir
    Path dir;

    @Test
    void accentsAreFoldedSoAPlainSpellingFindsTheName() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(passage(1, "Auditor Mirela Çelik opened the file.")));
            index.commit();

            assertThat(index.search("celik", 5)).extracting(PassageHit::documentId).containsExactly(1L);
            assertThat(index.search("Çelik", 5)).extracting(PassageHit::documentId).containsExactly(1L);
        }
    }

    @Test
    void namesAreFoundHoweverTheyAreSpelledAcrossScriptsAndCase() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(passage(1, "Ayşe Yılmaz wrote to ÇELİK about the Straße.")));
            index.replace(2, List.of(passage(2, "Ο λογαριασμός πληρώθηκε.")));
            index.commit();

            for (String query : List.of("ayse", "yilmaz", "Celik", "strasse")) {
                assertThat(index.search(query, 5)).as(query).extracting(PassageHit::documentId).containsExactly(1L);
            }
            assertThat(index.search("ΛΟΓΑΡΙΑΣΜΟΣ", 5)).extracting(PassageHit::documentId).containsExactly(2L);
        }
    }

    @Test
    void replacingADocumentRemovesItsEarlierPassages() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(7, List.of(passage(7, "old wording")));
            index.commit();
            index.replace(7, List.of(passage(7, "new wording")));
            index.commit();

            assertThat(index.search("old", 5)).isEmpty();
            assertThat(index.passageCount()).isEqualTo(1);
        }
    }

    @Test
    void theIndexSurvivesAReopen() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(3, List.of(passage(3, "durable words")));
            index.commit();
        }
        try (PassageIndex reopened = new PassageIndex(dir)) {
            assertThat(reopened.search("durable", 5)).singleElement().satisfies(hit -> {
                assertThat(hit.text()).isEqualTo("durable words");
                assertThat(hit.start()).isEqualTo(10);
            });
        }
    }

    @Test
    void aQueryOfOnlyStopWordsFindsNothingRatherThanEverything() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(passage(1, "the harbour")));
            index.commit();

            assertThat(index.search("the of and", 5)).isEmpty();
        }
    }

    @Test
    void aMessageKeepsItsRecipientAndThreadFieldsWhenItsVectorArrivesAndItsDocumentIsRewritten() throws Exception {
        MailHeaders mail = new MailHeaders("Ayşe Yılmaz <ayse@liman.example>", List.of("Brenner, Tomas <t@d.example>"),
                List.of("desk@gazete.example"), "reply@x", "start@x", List.of("start@x"), "Inbox/Projects");
        String text = "Invoice 2231 bills twice the agreed rate.";
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(5, List.of(new IndexedPassage(5, 1, new Passage(0, 0, text.length(), null, text),
                    "Re: invoice", "inbox.mbox", "message/rfc822", null, mail.from(), mail)));
            index.commit();
            PendingVectors pending = index.pendingVectors("model", 10);
            index.addVectors(pending, List.of(new float[] {1, 0, 0}), "model");
            index.commit();

            for (SearchFilter filter : List.of(SearchFilter.NONE.withRecipient("tomas"),
                    SearchFilter.NONE.withRecipient("desk@gazete.example"), SearchFilter.NONE.withSender("yilmaz"),
                    SearchFilter.NONE.withInReplyTo("<start@x>"), SearchFilter.NONE.withThread("start@x"),
                    SearchFilter.NONE.withMessageId("reply@x"))) {
                assertThat(index.search("invoice", filter, 5)).as(filter.toString()).hasSize(1);
                assertThat(index.searchVector(new float[] {1, 0, 0}, "model", filter, 5)).as(filter.toString())
                        .hasSize(1);
            }
            assertThat(index.search("invoice", SearchFilter.NONE.withRecipient("ayse"), 5)).isEmpty();
            assertThat(index.search("invoice", SearchFilter.NONE.withThread("other@x"), 5)).isEmpty();
        }
    }

    private static IndexedPassage passage(long documentId, String text) {
        return new IndexedPassage(documentId, 1, new Passage(0, 10, 10 + text.length(), null, text), "title", "p.txt",
                "text/plain", null, null);
    }
}
