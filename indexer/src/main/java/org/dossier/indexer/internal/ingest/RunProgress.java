package org.dossier.indexer.internal.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.dossier.indexer.IndexProgress;
import org.jspecify.annotations.Nullable;

/**
 * Publishes where a run stands, so that long work never looks frozen: at most every 100 ms, at its end, and at once
 * when it pauses for disk space or resumes.
 */
final class RunProgress {

    private static final long EVERY_NANOS = 100_000_000L;

    private final List<Consumer<IndexProgress>> listeners = new CopyOnWriteArrayList<>();
    private volatile @Nullable IndexProgress last;
    private volatile @Nullable String paused;
    /** The run going on now, or {@code null} between runs. */
    private volatile @Nullable RunTally current;

    void listen(Consumer<IndexProgress> listener) {
        listeners.add(listener);
    }

    @Nullable IndexProgress last() {
        return last;
    }

    /** A run starts: a pause before its first file is published with its (empty) counts. */
    void begin(RunTally tally) {
        current = tally;
    }

    /** Where the run stands, as it works on {@code currentFile}; a finished run is always published. */
    void publish(RunTally tally, @Nullable String currentFile, boolean done) {
        long now = System.nanoTime();
        if (!done && now - tally.lastPublished < EVERY_NANOS) {
            return;
        }
        tally.lastPublished = now;
        if (done) {
            current = null;
        }
        send(new IndexProgress(tally.source, tally.files, tally.checked, tally.indexed, tally.skipped, tally.failed,
                tally.bytes, currentFile, tally.elapsed(), done, done ? null : paused, done ? tally.stopped : null));
    }

    /** A run paused (or resumed, with {@code null}) between two files: published at once, with its counts so far. */
    void paused(@Nullable String reason) {
        paused = reason;
        RunTally tally = current;
        if (tally == null) {
            return; // the embedding stage paused between runs: status shows it, there is no run to report
        }
        IndexProgress previous = last;
        String currentFile = previous == null || previous.done() ? null : previous.currentFile();
        send(new IndexProgress(tally.source, tally.files, tally.checked, tally.indexed, tally.skipped, tally.failed,
                tally.bytes, currentFile, tally.elapsed(), false, reason, null));
    }

    private void send(IndexProgress progress) {
        last = progress;
        listeners.forEach(listener -> listener.accept(progress));
    }
}
