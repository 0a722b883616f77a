package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            assertThat(runs.getLast().done()).isEqualTo(12);
            assertThat(runs.getLast().ended()).isAfterOrEqualTo(runs.getLast().started());
            assertThat(runs.getFirst().state()).isEqualTo(RunRecord.State.CANCELLED);
            assertThat(runs.getFirst().note()).startsWith("cancelled");
            assertThat(runs.getFirst().total()).isEqualTo(30);
        }
    }

    @Test
    void aRunARestartCutShortShowsAsInterruptedAndTheNextRunResumesItOverItsSourcesAndFinishesIt() throws Exception {
        Path first = Files.createDirectories(folder.resolve("first"));
        Path second = Files.createDirectories(folder.resolve("second"));
        Files.writeString(first.resolve("memo.txt"), "The dredging contract was signed in March.");
        Files.writeString(second.resolve("note.txt"), "The harbour master resigned in May.");
        try (IndexerStack crashed = new IndexerStack(dataDir)) {
            long source = crashed.writer.ensureSource(first.toRealPath()).id();
            // what a run killed mid-way leaves behind: RUNNING, never ended
            crashed.writer.runs().started(RunRecord.Kind.INDEX, null, List.of(source));
        }

        try (IndexerStack restarted = new IndexerStack(dataDir)) {
            RunRecord cutShort = restarted.indexing.recentRuns(1).getFirst();
            assertThat(cutShort.state()).isEqualTo(RunRecord.State.INTERRUPTED);
            assertThat(cutShort.note()).contains("a crash or a restart");
            assertThat(cutShort.awaitsResume()).isTrue();

            var report = restarted.indexing.index(second);

            assertThat(report.indexed()).as("the interrupted run's folder is indexed as well as the one asked for")
                    .isEqualTo(2);
            assertThat(restarted.index.search("dredging", 5)).isNotEmpty();
            List<RunRecord> runs = restarted.indexing.recentRuns(2);
            assertThat(runs).extracting(RunRecord::state)
                    .containsExactly(RunRecord.State.DONE, RunRecord.State.INTERRUPTED);
            assertThat(runs.getLast().resumedBy()).isEqualTo(runs.getFirst().id());
            assertThat(runs.getLast().note()).endsWith("task " + runs.getFirst().id() + " resumed it and finished it");
            assertThat(runs.getLast().awaitsResume()).isFalse();
        }
    }

    @Test
    void aRunIsResumedOnceTheRunAfterTheResumingOneDoesNotTakeItUpAgain() throws Exception {
        Files.writeString(folder.resolve("memo.txt"), "The dredging contract was signed in March.");
        try (IndexerStack crashed = new IndexerStack(dataDir)) {
            crashed.writer.runs().started(RunRecord.Kind.INDEX, null, List.of());
        }
        try (IndexerStack restarted = new IndexerStack(dataDir)) {
            restarted.indexing.index(folder);
            restarted.indexing.index(folder);

            List<RunRecord> runs = restarted.indexing.recentRuns(3);
            assertThat(runs.getLast().resumedBy()).isEqualTo(runs.get(1).id());
            assertThat(runs.getFirst().total()).isEqualTo(1);
            assertThat(runs.getFirst().done()).as("the file the first run indexed is not redone").isZero();
        }
    }
}
