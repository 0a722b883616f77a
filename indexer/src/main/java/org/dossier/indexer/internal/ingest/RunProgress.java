package org.dossier.indexer.internal.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.dossier.indexer.IndexProgress;
import org.jspecify.annotations.Nullable;

/** Publishes where a run stands, so that long work never looks frozen: at most every 100 ms, and at its end. */
final class RunProgress {

    private static final long EVERY_NANOS = 100_000_000L;

    private final List<Consumer<IndexProgress>> listeners = new CopyOnWriteArrayList<>();
    private volatile @Nullable IndexProgress last;
    private volatile @Nullable String paused;

    void listen(Consumer<IndexProgress> listener) {
        listeners.add(listener);
    }

    @Nullable IndexProgress last() {
        return last;
    }

    /** Where the run stands, as it works on {@code currentFile}; a finished run is always published. */
    void publish(RunTally tally, @Nullable String currentFile, boolean done) {
        long now = System.nanoTime();
        if (!done && now - tally.lastPublished < EVERY_NANOS) {
            return;
        }
        tally.lastPublished = now;
        IndexProgress progress = new IndexProgress(tally.source, tally.files, tally.checked, tally.indexed,
                tally.skipped, tally.failed, tally.bytes, currentFile, tally.elapsed(), done, done ? null : paused);
        last = progress;
        listeners.forEach(listener -> listener.accept(progress));
    }

    /** A run paused (or resumed, with {@code null}) between two files: published at once, with its last counts. */
    void paused(@Nullable String reason) {
        paused = reason;
        IndexProgress current = last;
        if (current != null && !current.done()) {
            IndexProgress progress = current.withPaused(reason);
            last = progress;
            listeners.forEach(listener -> listener.accept(progress));
        }
    }
}
