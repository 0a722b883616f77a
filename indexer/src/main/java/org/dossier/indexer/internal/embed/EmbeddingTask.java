package org.dossier.indexer.internal.embed;

import java.util.List;

import org.dossier.indexer.RunRecord;
import org.dossier.indexer.internal.catalog.RunLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedding pass as a recorded task: written when it starts (taking up any pass a crash or a restart cut short,
 * whose passages are still pending, so the new pass goes on where that one stopped), after every committed batch, and
 * when it ends. Re-embedding every passage after a model change is such a pass.
 */
final class EmbeddingTask {

    /** How a pass ended. */
    enum End {
        FINISHED(RunRecord.State.DONE, null),
        CANCELLED(RunRecord.State.CANCELLED, "cancelled — the passages embedded so far keep their vectors; the next "
                + "indexing run or a restart embeds the rest"),
        /** The application stopped (a restart): the next pass resumes it. */
        STOPPED(RunRecord.State.INTERRUPTED, "Dossier stopped while this task worked (a restart); the next task of "
                + "its kind resumes it");

        private final RunRecord.State state;
        private final @Nullable String note;

        End(RunRecord.State state, @Nullable String note) {
            this.state = state;
            this.note = note;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddingTask.class);

    private final RunLog runs;
    private final long id;
    private final int pending;
    private int embedded;
    private int unembeddable;

    private EmbeddingTask(RunLog runs, long id, int pending) {
        this.runs = runs;
        this.id = id;
        this.pending = pending;
    }

    /**
     * Records a pass that starts now with {@code pending} passages to embed by {@code model}; none when there is
     * nothing to embed and no interrupted pass to take up.
     */
    static @Nullable EmbeddingTask startIfNeeded(RunLog runs, String model, int pending) {
        List<Long> interrupted = runs.awaitingResume(RunRecord.Kind.EMBED).stream().map(RunRecord::id).toList();
        if (pending == 0 && interrupted.isEmpty()) {
            return null;
        }
        EmbeddingTask task = new EmbeddingTask(runs, runs.started(RunRecord.Kind.EMBED, model, List.of()), pending);
        runs.resumes(task.id, interrupted);
        runs.progress(task.id, task.counts());
        return task;
    }

    /** A batch is committed: its passages have their vectors, or are marked as ones the model cannot embed. */
    void committed(int vectors, int skipped) {
        embedded += vectors;
        unembeddable += skipped;
        runs.progress(id, counts());
    }

    void ended(End end) {
        runs.ended(id, end.state, counts(), end.note);
    }

    /** The stage stopped on an error; recording that may fail too (a full disk), which must not hide the error. */
    void failed(String reason) {
        try {
            runs.ended(id, RunRecord.State.FAILED, counts(), "stopped: " + reason + " — the next indexing run tries "
                    + "again");
        } catch (RuntimeException alsoFailed) {
            log.warn("Could not record how the embedding pass ended: {}", alsoFailed.getMessage());
        }
    }

    private RunLog.Counts counts() {
        return new RunLog.Counts(pending, embedded, unembeddable, 0);
    }
}
