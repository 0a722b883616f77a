package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dossier.indexer.IndexProgress;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run cancelled half-way keeps what it indexed, committed in the catalog and the index together; a changed file it
 * did not reach keeps its old version; the next run finishes the job and every file is accounted for once.
 */
class CancelIndexingTest {

    private static final int FILES = 24;

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private IndexerStack stack;
    private final CopyOnWriteArrayList<IndexProgress> published = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openStack() {
        stack = new IndexerStack(dataDir, 5);
        stack.indexing.onProgress(published::add);
    }

    @AfterEach
    void closeStack() throws Exception {
        stack.close();
    }

    @Test
    void aCancelledRunKeepsWhatItIndexedInAgreementAndTheNextRunDoesTheRest() throws Exception {
        writeFiles("first");
        cancelAfter(8);

        IndexReport cancelled = stack.indexing.index(folder);

        assertThat(cancelled.stopped()).startsWith("cancelled");
        assertThat(cancelled.indexed()).isBetween(1, FILES - 1);
        assertThat(stack.catalog.counts().indexed()).isEqualTo(cancelled.indexed());
        assertThat(stack.recovery.check().agrees()).as("catalog and index agree after the cancel").isTrue();
        assertThat(published.getLast().done()).isTrue();
        assertThat(published.getLast().stopped()).isEqualTo(cancelled.stopped());

        IndexReport next = stack.indexing.index(folder);

        assertThat(next.stopped()).isNull();
        assertThat(next.unchanged() + next.indexed()).isEqualTo(FILES);
        assertThat(stack.catalog.counts().indexed()).isEqualTo(FILES);
        assertThat(stack.recovery.check().agrees()).isTrue();
    }

    @Test
    void aChangedFileTheCancelledRunDidNotReachKeepsItsOldVersion() throws Exception {
        writeFiles("first");
        stack.indexing.index(folder);
        writeFiles("second");
        cancelAfter(8);

        stack.indexing.index(folder);

        assertThat(stack.catalog.counts().indexed()).as("no file lost").isEqualTo(FILES);
        assertThat(stack.recovery.check().agrees()).isTrue();
        int renewed = stack.index.search("second", FILES).size();
        int old = stack.index.search("first", FILES).size();
        assertThat(renewed).isPositive();
        assertThat(old).isPositive();
        assertThat(renewed + old).isEqualTo(FILES);
    }

    @Test
    void cancellingWhenNothingRunsChangesNothing() throws Exception {
        writeFiles("first");

        assertThat(stack.indexing.cancel()).isFalse();
        IndexReport report = stack.indexing.index(folder);

        assertThat(report.stopped()).as("an old request does not cancel a later run").isNull();
        assertThat(report.indexed()).isEqualTo(FILES);
    }

    /** Cancels from the progress listener, as the shell or the web page would from another thread. */
    private void cancelAfter(int checked) {
        AtomicBoolean asked = new AtomicBoolean();
        stack.indexing.onProgress(progress -> {
            if (!progress.done() && progress.checked() >= checked && !asked.getAndSet(true)) {
                assertThat(stack.indexing.cancel()).isTrue();
            }
        });
    }

    private void writeFiles(String version) throws IOException {
        for (int i = 0; i < FILES; i++) {
            Path file = folder.resolve("note-%02d.txt".formatted(i));
            Files.writeString(file, "Note %d, %s version, about the harbour dredging.".formatted(i, version));
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(version.length())));
        }
    }
}
