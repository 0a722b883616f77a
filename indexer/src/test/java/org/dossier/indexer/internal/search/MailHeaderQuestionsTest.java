package org.dossier.indexer.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions about mail by who sent it and what it was called: a sender's name matches the messages they sent, and
 * a quoted subject the message of that subject, although neither is in any message's text.
 */
class MailHeaderQuestionsTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    @Test
    void aQuestionNamingTheSenderFindsTheMessageTheySentFirst() throws Exception {
        try (IndexerStack stack = new IndexerStack(dataDir)) {
            TestFiles.mbox(folder.resolve("inbox.mbox"));
            stack.indexing.index(folder);

            List<PassageHit> hits = stack.index.search("What did Mirela Celik write?", SearchFilter.NONE, 10);

            assertThat(hits).isNotEmpty();
            assertThat(subject(stack, hits.getFirst())).isEqualTo("Re: Invoice 2231 looks inflated");
            assertThat(author(stack, hits.getFirst())).contains("Mirela Celik");
        }
    }

    @Test
    void aQuotedSubjectFindsItsMessageBeforeMailThatOnlyUsesItsWords() throws Exception {
        try (IndexerStack stack = new IndexerStack(dataDir)) {
            TestFiles.mbox(folder.resolve("inbox.mbox"));
            Files.writeString(folder.resolve("notes.txt"), "Notes on invoice 2231. Invoice 2231: the rate is "
                    + "inflated; the volumes look inflated as well, and the message was sent twice; invoice 2231.");
            stack.indexing.index(folder);

            List<PassageHit> words = stack.index.search("Who sent the invoice 2231 looks inflated message?",
                    SearchFilter.NONE, 10);
            List<PassageHit> quoted = stack.index.search("Who sent the 'Invoice 2231 looks inflated' message?",
                    SearchFilter.NONE, 10);

            assertThat(subject(stack, words.getFirst())).as("the words alone: the notes say them most").isEmpty();
            assertThat(subject(stack, quoted.getFirst())).isEqualTo("Invoice 2231 looks inflated");
        }
    }

    private static String subject(IndexerStack stack, PassageHit hit) {
        DocumentRecord document = stack.catalog.find(hit.documentId()).orElseThrow();
        return document.mail() == null ? "" : document.title();
    }

    private static String author(IndexerStack stack, PassageHit hit) {
        return stack.catalog.find(hit.documentId()).map(DocumentRecord::author).orElse("");
    }
}
