package org.dossier.indexer.internal.ingest;

import java.time.Duration;
import java.time.Instant;

import org.dossier.indexer.IndexReport;
import org.dossier.indexer.internal.catalog.RunLog;
import org.jspecify.annotations.Nullable;

/** Counts for an indexing run in progress. */
final class RunTally {

    final Instant started = Instant.now();
    /** Set from another thread to end the run after the files in hand (see IndexingService.stop). */
    String source = "";
    int files;
    int checked;
    int unchanged;
    int indexed;
    int skipped;
    int failed;
    int removed;
    int moved;
    long passages;
    long bytes;
    /** Why the run ended before it looked at every file (cancelled, an error), or {@code null}. */
    @Nullable String stopped;
    /** When progress was last published for this run ({@link System#nanoTime()}). */
    long lastPublished;

    void add(FileIndexer.Outcome outcome, long size) {
        bytes += size;
        passages += outcome.passages();
        switch (outcome.state()) {
            case INDEXED -> indexed++;
            case SKIPPED -> skipped++;
            case FAILED -> failed++;
        }
    }

    /** Files indexed, skipped or failed so far: the ones parsed. */
    int recorded() {
        return indexed + skipped + failed;
    }

    Duration elapsed() {
        return Duration.between(started, Instant.now());
    }

    /** What the run log keeps of it. */
    RunLog.Counts counts() {
        return new RunLog.Counts(files, indexed, skipped, failed);
    }

    IndexReport report() {
        return new IndexReport(files, unchanged, indexed, skipped, failed, removed, moved, passages, bytes, elapsed(),
                stopped);
    }
}
