package org.dossier.indexer.internal.catalog;

import static org.dossier.indexer.internal.catalog.CatalogRows.clip;
import static org.dossier.indexer.internal.catalog.CatalogRows.instant;
import static org.dossier.indexer.internal.catalog.CatalogRows.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.dossier.indexer.RunRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The history of long tasks (indexing runs, embedding passes) in the catalog: a task is written as it starts, again
 * as it makes progress, and as it ends, so one that a crash or a restart cut short is still RUNNING at the next
 * start, which marks it INTERRUPTED — never left looking as if it were still at work. The next task of its kind
 * resumes it: it records so here, and when it ends, the interrupted task's note says how.
 */
public final class RunLog {

    private static final String INTERRUPTED_NOTE = "Dossier stopped while this task worked (a crash or a restart)";

    /** A task's counts as it works or ends: see {@link RunRecord} for what they count in each kind. */
    public record Counts(int total, int done, int skipped, int failed) {
    }

    private final JdbcClient jdbc;

    public RunLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Tasks left RUNNING by an application that is no longer there become INTERRUPTED; call once, at start. */
    public int markInterrupted() {
        return jdbc.sql("UPDATE index_run SET state = 'INTERRUPTED', note = ? WHERE state = 'RUNNING'")
                .param(INTERRUPTED_NOTE + "; the next task of its kind resumes it").update();
    }

    /** Records a task that starts now, over these sources (an indexing run's); returns its id. */
    public long started(RunRecord.Kind kind, @Nullable String subject, Collection<Long> sourceIds) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO index_run (kind, subject, started_at, state) VALUES (?, ?, ?, 'RUNNING')")
                .params(kind.name(), clip(subject, 1024), utc(Instant.now())).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        sourceIds.forEach(source -> jdbc.sql("INSERT INTO index_run_source (run_id, source_id) VALUES (?, ?)")
                .params(id, source).update());
        // the catalog runs with WRITE_DELAY=0, so the commit above was handed to the OS before update() returned; a
        // sync also puts it on the disk itself (a power cut), once per task
        jdbc.sql("CHECKPOINT SYNC").update();
        return id;
    }

    /** Interrupted tasks of this kind that no later task has resumed yet, oldest first. */
    public List<RunRecord> awaitingResume(RunRecord.Kind kind) {
        return jdbc.sql("SELECT * FROM index_run WHERE kind = ? AND state = 'INTERRUPTED' AND resumed_by IS NULL "
                        + "ORDER BY id").param(kind.name()).query((rs, row) -> record(rs)).list();
    }

    /** The sources these indexing runs covered (those still there). */
    public List<Long> sourcesOf(Collection<Long> runIds) {
        return runIds.stream().flatMap(run -> jdbc.sql("SELECT source_id FROM index_run_source WHERE run_id = ?")
                .param(run).query(Long.class).list().stream()).distinct().toList();
    }

    /** The task {@code by} takes up the work of these interrupted ones. */
    public void resumes(long by, Collection<Long> interrupted) {
        interrupted.forEach(run -> jdbc.sql("UPDATE index_run SET resumed_by = ?, note = ? WHERE id = ?")
                .params(by, INTERRUPTED_NOTE + "; task " + by + " resumes it", run).update());
    }

    /** A task's counts so far. */
    public void progress(long id, Counts counts) {
        jdbc.sql("UPDATE index_run SET files = ?, indexed = ?, skipped = ?, failed = ? WHERE id = ?")
                .params(counts.total(), counts.done(), counts.skipped(), counts.failed(), id).update();
    }

    /** Records how a task ended, with its counts; the interrupted tasks it resumed say how it ended too. */
    public void ended(long id, RunRecord.State state, Counts counts, @Nullable String note) {
        String outcome = switch (state) {
            case DONE -> "finished it";
            case CANCELLED -> "was cancelled before it finished";
            case FAILED -> "stopped on an error (its own note says which)";
            case RUNNING, INTERRUPTED -> "did not finish";
        };
        // the tasks it resumed first: whoever sees this one ended sees them say how it ended
        jdbc.sql("UPDATE index_run SET note = ? WHERE resumed_by = ?")
                .params(clip(INTERRUPTED_NOTE + "; task " + id + " resumed it and " + outcome, 2048), id).update();
        jdbc.sql("""
                        UPDATE index_run SET ended_at = ?, state = ?, files = ?, indexed = ?, skipped = ?, failed = ?,
                            note = ? WHERE id = ?""")
                .params(utc(Instant.now()), state.name(), counts.total(), counts.done(), counts.skipped(),
                        counts.failed(), clip(note, 2048), id)
                .update();
    }

    /** The latest tasks, newest first. */
    public List<RunRecord> recent(int limit) {
        return jdbc.sql("SELECT * FROM index_run ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, row) -> record(rs)).list();
    }

    private static RunRecord record(ResultSet rs) throws SQLException {
        return new RunRecord(rs.getLong("id"), RunRecord.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                instant(rs, "started_at"), instant(rs, "ended_at"), RunRecord.State.valueOf(rs.getString("state")),
                rs.getInt("files"), rs.getInt("indexed"), rs.getInt("skipped"), rs.getInt("failed"),
                rs.getString("note"), rs.getObject("resumed_by", Long.class));
    }
}
