package org.dossier.indexer.internal.catalog;

import static org.dossier.indexer.internal.catalog.CatalogRows.clip;
import static org.dossier.indexer.internal.catalog.CatalogRows.instant;
import static org.dossier.indexer.internal.catalog.CatalogRows.utc;

import java.time.Instant;
import java.util.List;

import org.dossier.indexer.IndexReport;
import org.dossier.indexer.RunRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The history of indexing runs in the catalog: a run is written as it starts and again as it ends, so one that a
 * crash or a restart cut short is still RUNNING at the next start, which marks it INTERRUPTED — never left looking
 * as if it were still at work.
 */
public final class RunLog {

    private static final String INTERRUPTED_NOTE = "Dossier stopped while this run worked (a crash or a restart); the "
            + "next run picked up where it stopped";

    private final JdbcClient jdbc;

    public RunLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs left RUNNING by an application that is no longer there become INTERRUPTED; call once, at start. */
    public int markInterrupted() {
        return jdbc.sql("UPDATE index_run SET state = 'INTERRUPTED', note = ? WHERE state = 'RUNNING'")
                .param(INTERRUPTED_NOTE).update();
    }

    /** Records a run that starts now; returns its id. */
    public long started() {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO index_run (started_at, state) VALUES (?, 'RUNNING')").param(utc(Instant.now()))
                .update(keys, "id");
        // H2 writes committed changes to disk within a second; a run killed in that second would leave no trace,
        // so its start is written at once (one sync per run).
        jdbc.sql("CHECKPOINT SYNC").update();
        return keys.getKeyAs(Long.class);
    }

    /** Records how a run ended, with its counts. */
    public void ended(long id, RunRecord.State state, IndexReport report, @Nullable String note) {
        jdbc.sql("""
                        UPDATE index_run SET ended_at = ?, state = ?, files = ?, indexed = ?, skipped = ?, failed = ?,
                            note = ? WHERE id = ?""")
                .params(utc(Instant.now()), state.name(), report.files(), report.indexed(), report.skipped(),
                        report.failed(), clip(note, 2048), id)
                .update();
    }

    /** The latest runs, newest first. */
    public List<RunRecord> recent(int limit) {
        return jdbc.sql("SELECT * FROM index_run ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, row) -> new RunRecord(rs.getLong("id"), instant(rs, "started_at"), instant(rs, "ended_at"),
                        RunRecord.State.valueOf(rs.getString("state")), rs.getInt("files"), rs.getInt("indexed"),
                        rs.getInt("skipped"), rs.getInt("failed"), rs.getString("note")))
                .list();
    }
}
