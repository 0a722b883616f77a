package org.dossier.indexer.internal.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.DocumentState;
import org.dossier.indexer.ReasonCount;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Documents counted by kind of reason, for the Library page and {@code status}: those not indexed, and those indexed
 * in part (text cut at the limits, a mailbox whose last messages were never reached). Grouped by exact reason in the
 * database (few distinct reasons however many documents), then by kind here.
 */
final class ReasonTally {

    private static final String INCOMPLETE_PIPELINE = Catalog.INCOMPLETE + "%";
    private static final String INCOMPLETE_HEADLINE = "not read to its end";
    private static final String INCOMPLETE_REASON = INCOMPLETE_HEADLINE + " — the messages before the stop are indexed and "
            + "searchable; indexing was stopped (cancelled, a restart) or is still reading it: the next run reads it again";

    private final JdbcClient jdbc;

    ReasonTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReasonCount> notIndexed() {
        return byKind(jdbc.sql("""
                        SELECT state, COALESCE(reason, '') AS reason, COUNT(*) AS documents FROM document
                        WHERE state <> 'INDEXED' AND sync <> 'REMOVED' GROUP BY state, reason""")
                .query((rs, row) -> count(DocumentState.valueOf(rs.getString("state")), rs.getString("reason"),
                        rs.getLong("documents"))).list());
    }

    /**
     * Indexed documents whose text was cut ("first 20,000,000 characters indexed": the figure differs from one to
     * the next, so kinds are told apart with their digits left out) and containers still marked incomplete.
     */
    List<ReasonCount> partlyIndexed() {
        List<ReasonCount> counts = new ArrayList<>(jdbc.sql("""
                        SELECT reason, COUNT(*) AS documents FROM document
                        WHERE state = 'INDEXED' AND reason IS NOT NULL AND sync <> 'REMOVED' GROUP BY reason""")
                .query((rs, row) -> count(DocumentState.INDEXED, rs.getString("reason"), rs.getLong("documents")))
                .list());
        long incomplete = jdbc.sql("SELECT COUNT(*) FROM document WHERE pipeline LIKE ? AND sync <> 'REMOVED'")
                .param(INCOMPLETE_PIPELINE).query(Long.class).single();
        if (incomplete > 0) {
            counts.add(new ReasonCount(DocumentState.INDEXED, INCOMPLETE_HEADLINE, INCOMPLETE_REASON, incomplete));
        }
        return byKind(counts);
    }

    private static ReasonCount count(DocumentState state, String reason, long documents) {
        return new ReasonCount(state, ReasonCount.headlineOf(reason), reason, documents);
    }

    private static List<ReasonCount> byKind(List<ReasonCount> counts) {
        Map<String, ReasonCount> byKind = new LinkedHashMap<>();
        counts.forEach(count -> byKind.merge(count.state() + " " + count.headline().replaceAll("[\\d,.]+", "#"),
                count, (a, b) -> new ReasonCount(a.state(), a.headline(), a.example(), a.documents() + b.documents())));
        return byKind.values().stream()
                .sorted(Comparator.comparingLong(ReasonCount::documents).reversed()
                        .thenComparing(ReasonCount::headline))
                .toList();
    }
}
