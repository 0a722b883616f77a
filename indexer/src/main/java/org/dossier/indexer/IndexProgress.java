package org.dossier.indexer;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Where an indexing run stands, published while it works so that long work never looks frozen.
 *
 * @param source      the source being scanned
 * @param files       files found in the sources scanned so far
 * @param checked     files looked at so far (unchanged ones included)
 * @param indexed     files (re)indexed so far
 * @param skipped     files skipped so far
 * @param failed      files failed so far
 * @param bytes       bytes read by extraction so far
 * @param currentFile the file being extracted now, or {@code null}
 * @param elapsed     time since the run started
 * @param done        whether the run has finished
 * @param paused      why the run is paused now (the disk is nearly full), or {@code null} while it works
 * @param stopped     why a finished run ended before it looked at every file (cancelled, an error), or {@code null}
 */
public record IndexProgress(String source, int files, int checked, int indexed, int skipped, int failed, long bytes,
                            @Nullable String currentFile, Duration elapsed, boolean done, @Nullable String paused,
                            @Nullable String stopped) {

    /** Files checked per second so far. */
    public double filesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : checked / seconds;
    }

    /** Time left at the current rate, or {@code null} before there is a rate to go by. */
    public @Nullable Duration eta() {
        double rate = filesPerSecond();
        if (done || rate <= 0 || checked == 0) {
            return done ? Duration.ZERO : null;
        }
        return Duration.ofMillis((long) ((files - checked) / rate * 1000));
    }
}
