package org.dossier.indexer.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.indexer.internal.index.IndexReads.keyword;
import static org.dossier.indexer.internal.index.IndexReads.nearest;
import static org.dossier.indexer.internal.index.IndexReads.passageCount;

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

            assertThat(keyword(index, "celik", 5)).extracting(PassageHit::documentId).containsExactly(1L);
            assertThat(keyword(index, "Çelik", 5)).extracting(PassageHit::documentId).containsExactly(1L);
        }
    }

    @Test
    void namesAreFoundHoweverTheyAreSpelledAcrossScriptsAndCase() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(passage(1, "Ayşe Yılmaz wrote to ÇELİK about the Straße.")));
            index.replace(2, List.of(passage(2, "Ο λογαριασμός πληρώθηκε.")));
            index.commit();

            for (String query : List.of("ayse", "yilmaz", "Celik", "strasse")) {
                assertThat(keyword(index, query, 5)).as(query).extracting(PassageHit::documentId).containsExactly(1L);
            }
            assertThat(keyword(index, "ΛΟΓΑΡΙΑΣΜΟΣ", 5)).extracting(PassageHit::documentId).containsExactly(2L);
        }
    }

    @Test
    void replacingADocumentRemovesItsEarlierPassages() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(7, List.of(passage(7, "old wording")));
            index.commit();
            index.replace(7, List.of(passage(7, "new wording")));
            index.commit();

            assertThat(keyword(index, "old", 5)).isEmpty();
            assertThat(passageCount(index)).isEqualTo(1);
        }
    }

    @Test
    void theIndexSurvivesAReopen() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(3, List.of(passage(3, "durable words")));
            index.commit();
        }
        try (PassageIndex reopened = new PassageIndex(dir)) {
            assertThat(keyword(reopened, "durable", 5)).singleElement().satisfies(hit -> {
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

            assertThat(keyword(index, "the of and", 5)).isEmpty();
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
                assertThat(keyword(index, "invoice", filter, 5)).as(filter.toString()).hasSize(1);
                assertThat(nearest(index, new float[] {1, 0, 0}, "model", filter, 5)).as(filter.toString())
                        .hasSize(1);
            }
            assertThat(keyword(index, "invoice", SearchFilter.NONE.withRecipient("ayse"), 5)).isEmpty();
            assertThat(keyword(index, "invoice", SearchFilter.NONE.withThread("other@x"), 5)).isEmpty();
        }
    }

    @Test
    void aWordTheQuestionRepeatsWeighsMoreThanOneItSaysOnce() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(passage(1, "The harbour dredging started in spring.")));
            index.replace(2, List.of(passage(2, "The invoice was paid in spring.")));
            index.commit();

            assertThat(keyword(index, "dredging invoice", 5)).hasSize(2);
            assertThat(keyword(index, "invoice dredging invoice", 5)).first()
                    .extracting(PassageHit::documentId).isEqualTo(2L);
            assertThat(keyword(index, "dredging invoice dredging", 5)).first()
                    .extracting(PassageHit::documentId).isEqualTo(1L);
        }
    }

    @Test
    void aPathFilterKeepsAFolderOrAFileAndATypeFilterAMediaType() throws Exception {
        try (PassageIndex index = new PassageIndex(dir)) {
            index.replace(1, List.of(located(1, "contracts/dredging.pdf", "application/pdf")));
            index.replace(2, List.of(located(2, "contracts/annex/scope.docx", "application/msword")));
            index.replace(3, List.of(located(3, "notes/contracts.md", "text/markdown")));
            index.commit();

            assertThat(keyword(index, "dredging", SearchFilter.NONE.withPath("contracts/"), 5))
                    .extracting(PassageHit::documentId).containsExactlyInAnyOrder(1L, 2L);
            assertThat(keyword(index, "dredging", SearchFilter.NONE.withPath("/contracts/annex/scope.docx"), 5))
                    .extracting(PassageHit::documentId).containsExactly(2L);
            assertThat(keyword(index, "dredging", SearchFilter.NONE.withMediaType("application/pdf"), 5))
                    .extracting(PassageHit::documentId).containsExactly(1L);
            assertThat(keyword(index, "dredging", SearchFilter.NONE.withPath("  "), 5)).hasSize(3);
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
