package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every run is in the catalog with how it ended; one a restart cut short shows as interrupted, never as running. */
class RunHistoryTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    @Test
    void aFinishedRunAndACancelledOneAreRecordedWithTheirCounts() throws Exception {
        for (int i = 0; i < 12; i++) {
            Files.writeString(folder.resolve("n-%02d.txt".formatted(i)), "Note " + i + " on the quay.");
        }
        try (IndexerStack stack = new IndexerStack(dataDir, 3)) {
            stack.indexing.index(folder);
            for (int i = 12; i < 30; i++) {
                Files.writeString(folder.resolve("n-%02d.txt".formatted(i)), "Note " + i + " on the quay.");
            }
            AtomicBoolean asked = new AtomicBoolean();
            stack.indexing.onProgress(progress -> {
                if (!progress.done() && progress.checked() >= 16 && !asked.getAndSet(true)) {
                    stack.indexing.cancel();
                }
            });
            stack.indexing.index(folder);

            var runs = stack.indexing.recentRuns(5);
            assertThat(runs).hasSize(2);
            assertThat(runs.getLast().state()).isEqualTo(RunRecord.State.DONE);
            assertThat(runs.getLast().indexed()).isEqualTo(12);
            assertThat(runs.getLast().ended()).isAfterOrEqualTo(runs.getLast().started());
            assertThat(runs.getFirst().state()).isEqualTo(RunRecord.State.CANCELLED);
            assertThat(runs.getFirst().note()).startsWith("cancelled");
            assertThat(runs.getFirst().files()).isEqualTo(30);
        }
    }

    @Test
    void aRunARestartCutShortShowsAsInterruptedAndTheNextRunFinishes() throws Exception {
        Files.writeString(folder.resolve("memo.txt"), "The dredging contract was signed in March.");
        try (IndexerStack crashed = new IndexerStack(dataDir)) {
            crashed.writer.runs().started(); // what a run killed mid-way leaves behind: RUNNING, never ended
        }

        try (IndexerStack restarted = new IndexerStack(dataDir)) {
            RunRecord cutShort = restarted.indexing.recentRuns(1).getFirst();
            assertThat(cutShort.state()).isEqualTo(RunRecord.State.INTERRUPTED);
            assertThat(cutShort.note()).contains("a crash or a restart");

            restarted.indexing.index(folder);

            assertThat(restarted.indexing.recentRuns(2)).extracting(RunRecord::state)
                    .containsExactly(RunRecord.State.DONE, RunRecord.State.INTERRUPTED);
        }
    }
}
