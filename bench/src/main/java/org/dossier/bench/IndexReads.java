package org.dossier.bench;

import java.util.List;

import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.index.IndexSnapshot;
import org.dossier.indexer.internal.index.NearestSearch;
import org.dossier.indexer.internal.index.PassageIndex;

/**
 * The single searches the benchmarks compare Dossier's hybrid search with (BM25 alone, kNN alone), each on its own
 * snapshot of the index, as the hybrid search runs them on one.
 */
final class IndexReads {

    private IndexReads() {
    }

    static List<PassageHit> keyword(PassageIndex index, String query, int limit) {
        return index.read(snapshot -> snapshot.keyword(query, SearchFilter.NONE, limit));
    }

    static List<PassageHit> nearest(PassageIndex index, float[] vector, String model, int limit) {
        return index.read(snapshot -> snapshot.nearest(vector, model, SearchFilter.NONE, limit));
    }

    static List<PassageHit> nearest(PassageIndex index, float[] vector, String model, int limit, NearestSearch search) {
        return index.read(snapshot -> snapshot.nearest(vector, model, SearchFilter.NONE, limit, search));
    }

    static int vectorCount(PassageIndex index, String model) {
        return index.read(snapshot -> snapshot.vectorCount(model));
    }

    static int passageCount(PassageIndex index) {
        return index.read(IndexSnapshot::passageCount);
    }
}
