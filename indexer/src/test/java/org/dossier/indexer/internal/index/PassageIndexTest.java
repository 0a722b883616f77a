package org.dossier.indexer.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.chunk.Passage;
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

    @Test
    void aWordTheQuestionRepeatsWeighsMoreThanOneItSaysOnce() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(passage(1, "The harbour dredging started in spring.")));
            index.replace(2, List.of(passage(2, "The invoice was paid in spring.")));
            index.commit();

            assertThat(index.search("dredging invoice", 5)).hasSize(2);
            assertThat(index.search("invoice dredging invoice", 5)).first()
                    .extracting(PassageHit::documentId).isEqualTo(2L);
            assertThat(index.search("dredging invoice dredging", 5)).first()
                    .extracting(PassageHit::documentId).isEqualTo(1L);
        }
    }

    @Test
    void vectorFeedbackPullsInWhatTheNearestPassageResembles() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            // The query sits closest to A; C is a little closer to the query than B, but B says what A says.
            float[] query = unit(1, 0, 0);
            float[] a = unit(0.9f, 0.44f, 0);
            float[] b = unit(0.55f, 0.83f, 0);
            float[] c = unit(0.6f, 0, 0.8f);
            for (long id = 1; id <= 3; id++) {
                index.replace(id, List.of(passage(id, "passage " + id)));
            }
            index.commit();
            PendingVectors pending = index.pendingVectors("m", 10);
            List<float[]> vectors = pending.passages().stream()
                    .map(p -> p.documentId() == 1 ? a : p.documentId() == 2 ? b : c).toList();
            index.addVectors(pending, vectors, "m");
            index.commit();

            List<PassageHit> nearest = index.searchVector(query, "m", SearchFilter.NONE, 3);
            assertThat(nearest).extracting(PassageHit::documentId).containsExactly(1L, 3L, 2L);
            assertThat(index.rescoreWithFeedback(query, nearest, nearest.subList(0, 1), 1f))
                    .extracting(PassageHit::documentId).containsExactly(1L, 2L, 3L);
            assertThat(index.rescoreWithFeedback(query, nearest, List.of(), 1f)).isEqualTo(nearest);
        }
    }

    private static float[] unit(float... v) {
        float norm = (float) Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new float[] {v[0] / norm, v[1] / norm, v[2] / norm};
    }

    @Test
    void aPathFilterKeepsAFolderOrAFileAndATypeFilterAMediaType() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(located(1, "contracts/dredging.pdf", "application/pdf")));
            index.replace(2, List.of(located(2, "contracts/annex/scope.docx", "application/msword")));
            index.replace(3, List.of(located(3, "notes/contracts.md", "text/markdown")));
            index.commit();

            assertThat(index.search("dredging", SearchFilter.NONE.withPath("contracts/"), 5))
                    .extracting(PassageHit::documentId).containsExactlyInAnyOrder(1L, 2L);
            assertThat(index.search("dredging", SearchFilter.NONE.withPath("/contracts/annex/scope.docx"), 5))
                    .extracting(PassageHit::documentId).containsExactly(2L);
            assertThat(index.search("dredging", SearchFilter.NONE.withMediaType("application/pdf"), 5))
                    .extracting(PassageHit::documentId).containsExactly(1L);
            assertThat(index.search("dredging", SearchFilter.NONE.withPath("  "), 5)).hasSize(3);
        }
    }

    private static IndexedPassage located(long documentId, String path, String mediaType) {
        String text = "The dredging scope, document " + documentId + ".";
        return new IndexedPassage(documentId, 1, new Passage(0, 0, text.length(), null, text), "title", path,
                mediaType, null, null);
    }

    private static IndexedPassage passage(long documentId, String text) {
        return new IndexedPassage(documentId, 1, new Passage(0, 10, 10 + text.length(), null, text), "title", "p.txt",
                "text/plain", null, null);
    }
}
