package org.dossier.indexer.internal.catalog;

import org.dossier.indexer.StateCounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many documents ended in each state, for {@code status} and the Library page, which ask for it every few
 * seconds while a run indexes. One pass over the index on (sync, state, entry), never the table: with a count per
 * state read through the state index, each row was fetched to test its sync mark, and a catalog of 300,000 documents
 * took seconds per request (V11's migration has the figures).
 */
final class StateTally {

    private final JdbcClient jdbc;

    StateTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StateCounts counts() {
        long[] files = new long[1];
        long[] byState = new long[3];
        jdbc.sql("""
                        SELECT state, entry = '' AS file, COUNT(*) AS documents FROM document
                        WHERE sync <> 'REMOVED' GROUP BY state, entry = ''""")
                .query(rs -> {
                    long documents = rs.getLong("documents");
                    if (rs.getBoolean("file")) {
                        files[0] += documents;
                    }
                    switch (rs.getString("state")) {
                        case "INDEXED" -> byState[0] += documents;
                        case "SKIPPED" -> byState[1] += documents;
                        default -> byState[2] += documents;
                    }
                });
        long sources = jdbc.sql("SELECT COUNT(*) FROM source").query(Long.class).single();
        return new StateCounts(files[0], byState[0], byState[1], byState[2], sources);
    }
}
