package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C in the shell: a run asked to stop ends after the files in hand, consistent, and the next run finishes. */
class StoppingARunTest {

    private static final int FILES = 120;

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private IndexerStack stack;

    @BeforeEach
    void openStack() throws Exception {
        stack = new IndexerStack(dataDir);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"), "Note " + i + " about quay wall section " + i + ".");
        }
    }

    @AfterEach
    void closeStack() throws Exception {
        stack.close();
    }

    @Test
    void aStoppedRunEndsEarlyWithCatalogAndIndexInAgreementAndTheNextRunIndexesTheRest() {
        AtomicBoolean stopOnce = new AtomicBoolean(true);
        stack.indexing.onProgress(progress -> {
            if (!progress.done() && stopOnce.getAndSet(false)) { // the first progress: the run has just begun
                stack.indexing.stop();
            }
        });

        IndexReport stopped = stack.indexing.index(folder);

        assertThat(stopped.indexed()).isBetween(1, FILES - 10);
        assertThat(stopped.removed()).isZero();
        assertThat(stack.catalog.passageCount()).isEqualTo(stack.index.passageCount())
                .isEqualTo(stopped.passages());
        assertThat(stack.indexing.stop()).as("nothing runs any more").isFalse();

        IndexReport rest = stack.indexing.index(folder);

        assertThat(rest.unchanged()).isEqualTo(stopped.indexed());
        assertThat(rest.indexed()).isEqualTo(FILES - stopped.indexed());
        assertThat(stack.catalog.counts().indexed()).isEqualTo(FILES);
    }
}
