package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.indexer.DocumentState;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.ReasonCount;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.extract.TikaExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents indexed in part are counted by kind, apart from those not indexed at all: text cut at the character
 * limit (whatever the figure each one was cut at), and a mailbox whose run was cancelled before its last message
 * — until a later run reads it to its end.
 */
class PartlyIndexedTest {

    private static final int MAX_CHARS = 5_000;
    private static final int MESSAGES = 60;

    @TempDir
    Path folder;
    @TempDir
    Path dataDir;

    /** The stack whose run the extractor cancels, once set; {@code null}: no cancel. */
    private final IndexerStack[] stackHolder = new IndexerStack[1];

    @Test
    void textsCutAtTheLimitAreCountedAsOneKindWhateverFigureTheyWereCutAt() throws Exception {
        Files.writeString(folder.resolve("ledger.txt"), "The ledger of the harbour fund repeats itself. ".repeat(300));
        Files.writeString(folder.resolve("minutes.txt"), "Minutes of the council on the dredging tender. ".repeat(500));
        Files.writeString(folder.resolve("note.txt"), "A short note.");

        try (IndexerStack stack = new IndexerStack(dataDir, 1, tika())) {
            stack.indexing.index(folder);

            assertThat(stack.catalog.partlyIndexed()).singleElement().satisfies(count -> {
                assertThat(count.state()).isEqualTo(DocumentState.INDEXED);
                assertThat(count.headline()).matches("first [\\d,]+ characters indexed");
                assertThat(count.example()).contains("raise them to index more");
                assertThat(count.documents()).isEqualTo(2);
            });
            assertThat(stack.catalog.reasonCounts()).as("indexed in part is not 'not indexed'").isEmpty();
        }
    }

    @Test
    void aMailboxCancelledBeforeItsLastMessageIsCountedUntilALaterRunReadsItToItsEnd() throws Exception {
        MailboxStreamingTest.writeMbox(folder.resolve("inbox.mbox"), MESSAGES, -1);
        try (IndexerStack stack = new IndexerStack(dataDir, 1, cancellingAfter(10, stackHolder))) {
            stackHolder[0] = stack;
            IndexReport cancelled = stack.indexing.index(folder);

            assertThat(cancelled.stopped()).startsWith("cancelled");
            List<ReasonCount> partly = stack.catalog.partlyIndexed();
            assertThat(partly).singleElement().satisfies(count -> {
                assertThat(count.headline()).isEqualTo("not read to its end");
                assertThat(count.example()).contains("the messages before the stop are indexed and searchable")
                        .contains("the next run reads it again");
                assertThat(count.documents()).isEqualTo(1);
            });

            stackHolder[0] = null; // the next run is not cancelled
            stack.indexing.index(folder);

            assertThat(stack.catalog.partlyIndexed()).isEmpty();
            assertThat(stack.index.search("marker" + MESSAGES, 5)).hasSize(1);
        }
    }

    /** Tika, with a cancel of the run once the given message is handed over (while the holder holds a stack). */
    private static Extractor cancellingAfter(int message, IndexerStack[] holder) {
        return new WatchedExtractor(tika(), parts -> {
            if (holder[0] != null && parts.getFirst().entry().equals("/message-" + message)) {
                holder[0].indexing.cancel();
            }
        });
    }

    private static TikaExtractor tika() {
        return new TikaExtractor(MAX_CHARS, Ocr.off(), ArchiveLimits.DEFAULTS);
    }
}
