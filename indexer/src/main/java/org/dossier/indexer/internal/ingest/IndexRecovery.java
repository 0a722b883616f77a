package org.dossier.indexer.internal.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dossier.indexer.internal.catalog.CatalogWriter;
import org.dossier.indexer.internal.index.IndexSnapshot;
import org.dossier.indexer.internal.index.PassageIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the catalog and the index back into agreement after a run that was cut short (a crash, {@code kill -9},
 * power loss), before anything else touches them. Under the commit protocol ({@link CommitProtocol})
 * every catalog row whose index change may be missing is ADDED or REMOVED, so recovery:
 * <ol>
 *   <li>deletes those rows' passages from the index, and any passage whose document the catalog does not hold as
 *       committed (written to the index, then the catalog row lost);</li>
 *   <li>commits the index;</li>
 *   <li>then deletes those rows from the catalog.</li>
 * </ol>
 * The files concerned are no longer known, so the next scan indexes them again: nothing is lost, nothing doubled.
 * Recovery is idempotent: cut short itself, it is simply done again.
 */
public final class IndexRecovery {

    private static final Logger log = LoggerFactory.getLogger(IndexRecovery.class);

    /** What recovery found and undid. */
    public record Report(int uncommittedRows, int orphanDocuments) {
    }

    /** Whether catalog and index agree: same documents with passages, same number of passages each. */
    public record Consistency(Map<Long, Integer> catalog, Map<Long, Integer> index) {

        public boolean agrees() {
            return catalog.equals(index);
        }
    }

    private final CatalogWriter catalog;
    private final PassageIndex index;

    public IndexRecovery(CatalogWriter catalog, PassageIndex index) {
        this.catalog = catalog;
        this.index = index;
    }

    public Report recover() {
        int interrupted = catalog.runs().markInterrupted();
        if (interrupted > 0) {
            log.warn("{} indexing run(s) were cut short by a crash or a restart; they show as interrupted", interrupted);
        }
        List<Long> uncommitted = catalog.uncommittedIds();
        Set<Long> committed = catalog.committedPassageCounts().keySet();
        Set<Long> orphans = new HashSet<>(index.read(IndexSnapshot::passageCountsByDocument).keySet());
        orphans.removeAll(committed);
        if (uncommitted.isEmpty() && orphans.isEmpty()) {
            return new Report(0, 0);
        }
        uncommitted.forEach(index::delete);
        orphans.forEach(index::delete);
        index.commit();
        catalog.dropUncommitted();
        log.warn("Recovered from an interrupted indexing run: {} catalog rows and {} documents' passages undone; "
                + "their files are indexed again", uncommitted.size(), orphans.size());
        return new Report(uncommitted.size(), orphans.size());
    }

    public Consistency check() {
        return new Consistency(catalog.committedPassageCounts(), index.read(IndexSnapshot::passageCountsByDocument));
    }
}
