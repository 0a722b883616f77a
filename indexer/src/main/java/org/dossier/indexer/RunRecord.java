package org.dossier.indexer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One long task as the catalog remembers it: an indexing run or an embedding pass, with its progress (written as it
 * works, so that one cut short still shows how far it got).
 *
 * @param subject   what an embedding pass embeds with (the model's id), or {@code null}
 * @param ended     when it ended, or {@code null} while it runs (or if it was interrupted)
 * @param total     files found (an indexing run), or passages waiting for a vector when it started (an embedding
 *                  pass)
 * @param done      files indexed, or passages embedded
 * @param skipped   files skipped, or passages the model could not embed
 * @param note      why it ended early (cancelled, an error, a restart) and, for one a restart cut short, which task
 *                  resumed it and how that ended; or {@code null}
 * @param resumedBy the task that took up this interrupted one's work, or {@code null}
 */
public record RunRecord(long id, Kind kind, @Nullable String subject, Instant started, @Nullable Instant ended,
                        State state, int total, int done, int skipped, int failed, @Nullable String note,
                        @Nullable Long resumedBy) {

    /** How a task ended; INTERRUPTED: the application stopped (a crash, a restart) while it ran. */
    public enum State { RUNNING, DONE, CANCELLED, FAILED, INTERRUPTED }

    /** What a task does: bring sources up to date, or give passages their vectors. */
    public enum Kind { INDEX, EMBED }

    /** Its progress in words: "12 of 40 files indexed", "300 of 1,200 passages embedded (all-minilm)". */
    public String progress() {
        return switch (kind) {
            case INDEX -> "%,d of %,d files indexed".formatted(done, total);
            case EMBED -> "%,d of %,d passages embedded%s".formatted(done, total, subject == null ? "" : " (" + subject + ")");
        };
    }

    /** Whether the application stopped while it ran and no later task has taken up its work yet. */
    public boolean awaitsResume() {
        return state == State.INTERRUPTED && resumedBy == null;
    }
}
