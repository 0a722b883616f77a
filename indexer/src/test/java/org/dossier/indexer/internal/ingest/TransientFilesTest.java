package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are still being written when indexing reaches them, on a real disk: they are looked at again after
 * growing waits, read once they hold still, or recorded with a plain reason if they never do — and the files around
 * them are indexed all the same.
 */
class TransientFilesTest {

    private static final int OTHERS = 12;

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    @Test
    void aFileThatKeepsGrowingIsTriedAgainThenRecordedWithAPlainReasonAndTheOthersAreIndexed() throws Exception {
        writeOthers();
        Path growing = folder.resolve("capture.log");
        Files.writeString(growing, "line 0 of the capture\n");
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = Thread.ofPlatform().start(() -> appendUntilStopped(growing, writing));
        try (IndexerStack stack = new IndexerStack(dataDir)) {
            Instant started = Instant.now();
            IndexReport whileWritten = stack.indexing.index(folder);
            Duration took = Duration.between(started, Instant.now());

            assertThat(whileWritten.indexed()).isEqualTo(OTHERS);
            assertThat(whileWritten.failed()).isEqualTo(1);
            DocumentRecord capture = stack.catalog.notIndexed(10).getFirst();
            assertThat(capture.path()).isEqualTo("capture.log");
            assertThat(capture.state()).isEqualTo(DocumentState.FAILED);
            assertThat(capture.reason()).startsWith("the file kept changing while Dossier read it")
                    .contains("it is indexed once it holds still");
            assertThat(took).as("the file was tried again for a few seconds, then let go")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(3_750)).isLessThan(Duration.ofSeconds(60));

            writing.set(false);
            writer.join();
            IndexReport settled = stack.indexing.index(folder);

            assertThat(settled.indexed()).isEqualTo(1);
            assertThat(stack.catalog.notIndexed(10)).isEmpty();
            String last = Files.readAllLines(growing).getLast();
            String lastWord = last.substring(last.lastIndexOf(' ') + 1);
            assertThat(stack.index.search(lastWord, 1)).as("its last line, %s", last).isNotEmpty();
        } finally {
            writing.set(false);
            writer.join();
        }
    }

    @Test
    void aFileRewrittenAfterTheScanFoundItIsReadAsItEndsUpAndRecordedWithItsFinalSizeAndTime() throws Exception {
        writeOthers();
        Path late = folder.resolve("a-late.txt"); // first in listing order, so the first progress report names it
        Files.writeString(late, "First draft of the tender.");
        try (IndexerStack stack = new IndexerStack(dataDir)) {
            AtomicBoolean rewritten = new AtomicBoolean();
            stack.indexing.onProgress(progress -> {
                // the scan has read its size and time, and hands it to parsing right after this report
                if ("a-late.txt".equals(progress.currentFile()) && !rewritten.getAndSet(true)) {
                    rewrite(late, "Final version of the tender, with the harbour annex and the signed dredging schedule.");
                }
            });

            IndexReport first = stack.indexing.index(folder);

            assertThat(rewritten).isTrue();
            assertThat(first.indexed()).isEqualTo(OTHERS + 1);
            assertThat(stack.index.search("annex", 5)).singleElement()
                    .satisfies(hit -> assertThat(stack.catalog.find(hit.documentId()).orElseThrow().path())
                            .isEqualTo("a-late.txt"));
            IndexReport second = stack.indexing.index(folder);
            assertThat(second.unchanged()).as("recorded with the size and time it ended up with: nothing to redo")
                    .isEqualTo(OTHERS + 1);
        }
    }

    private void writeOthers() throws IOException {
        for (int i = 0; i < OTHERS; i++) {
            Files.writeString(folder.resolve("note-%02d.txt".formatted(i)), "Note " + i + " on the quay cranes.");
        }
    }

    private static void rewrite(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Appends a line every few milliseconds, as a capture or a download in progress does (often enough that even on
     * a loaded machine no quarter-second passes without a change).
     */
    private static void appendUntilStopped(Path file, AtomicBoolean writing) {
        for (int line = 1; writing.get(); line++) {
            try {
                Files.writeString(file, "line " + line + " of the capture recorded quayside" + line + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                // well under the few milliseconds a read of this small file takes since parsing got quicker: with
                // 5 ms between lines a read could fall between two of them and find the file holding still
                Thread.sleep(0, 200_000);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }
}
