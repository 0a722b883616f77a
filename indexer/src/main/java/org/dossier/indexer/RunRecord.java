package org.dossier.indexer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One indexing run as the catalog remembers it.
 *
 * @param ended when it ended, or {@code null} while it runs (or if it was interrupted)
 * @param note  why it ended early (cancelled, an error, a restart), or {@code null}
 */
public record RunRecord(long id, Instant started, @Nullable Instant ended, State state, int files, int indexed,
                        int skipped, int failed, @Nullable String note) {

    /** How a run ended; INTERRUPTED: the application stopped (a crash, a restart) while it ran. */
    public enum State { RUNNING, DONE, CANCELLED, FAILED, INTERRUPTED }
}
