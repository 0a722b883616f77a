package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dossier.indexer.DocumentState;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.ReasonCount;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.extract.PartSink;
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
        writeMbox(folder.resolve("inbox.mbox"));
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

    /** Tika, with a cancel of the run once the given message has been handed over (while the holder holds a stack). */
    private static Extractor cancellingAfter(int message, IndexerStack[] holder) {
        TikaExtractor tika = tika();
        return new Extractor() {
            @Override
            public Extraction extract(Path file) {
                return tika.extract(file);
            }

            @Override
            public Extraction extract(Path file, PartSink early) {
                return tika.extract(file, parts -> {
                    early.accept(parts);
                    if (holder[0] != null && parts.getFirst().entry().equals("/message-" + message)) {
                        holder[0].indexing.cancel();
                    }
                });
            }

            @Override
            public String version() {
                return tika.version();
            }
        };
    }

    private static TikaExtractor tika() {
        return new TikaExtractor(MAX_CHARS, Ocr.off(), ArchiveLimits.DEFAULTS);
    }

    private static void writeMbox(Path file) throws IOException {
        StringBuilder mbox = new StringBuilder();
        for (int n = 1; n <= MESSAGES; n++) {
            mbox.append(String.format(Locale.ROOT, """
                    From sender%d@mail.example Mon Mar  2 09:15:00 2026
                    From: Sender %d <sender%d@mail.example>
                    To: Desk <desk@mail.example>
                    Subject: Shipment %d
                    Date: Mon, 2 Mar 2026 09:15:00 +0100
                    Message-ID: <m%d@mail.example>
                    MIME-Version: 1.0
                    Content-Type: text/plain; charset=UTF-8

                    marker%d A short note about shipment %d at the harbour.

                    """, n, n, n, n, n, n, n));
        }
        Files.writeString(file, mbox);
    }
}
