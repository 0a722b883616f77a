package org.dossier.indexer.internal.ingest;

import org.dossier.indexer.internal.catalog.CatalogWriter;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.space.DiskSpaceGuard;

/**
 * How the catalog and the index change together. During a run the catalog's writes since the last commit are one
 * transaction ({@link org.dossier.indexer.internal.catalog.WriteBatches}): it is committed first, leaving its rows
 * ADDED or REMOVED; then the index commits; then the catalog records that it did (ADDED rows become COMMITTED,
 * REMOVED rows go). A crash before the first step loses the batch and the index changes alike (neither was
 * committed); a crash after it leaves rows that {@link IndexRecovery} finds and undoes at the next start, in both
 * stores, so the files concerned are simply indexed again.
 *
 * @param committed runs after each commit (the run log records how far the run got)
 */
record CommitProtocol(CatalogWriter catalog, PassageIndex index, DiskSpaceGuard space, Runnable committed,
                      StageTimes times) {

    /**
     * Makes every change so far durable in both stores, index first; on a nearly full disk it first waits for space,
     * since a commit writes new segment files and may start a merge.
     */
    void commit() {
        space.awaitSpace();
        // The batch's rows, ADDED and REMOVED, are stored first: whatever the index commits then has its row.
        long started = System.nanoTime();
        catalog.batches().commit(() -> {
            times.add(StageTimes.Stage.CATALOG, System.nanoTime() - started);
            times.time(StageTimes.Stage.INDEX, index::commit);
            times.time(StageTimes.Stage.CATALOG, catalog::indexCommitted);
            committed.run();
        });
    }

    /**
     * Removes a file and everything inside it: marked REMOVED in the catalog, deleted from the index, both final at
     * the next commit.
     */
    void forget(long documentId) {
        catalog.markRemoved(documentId).forEach(index::delete);
    }
}
