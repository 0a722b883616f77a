package org.dossier.indexer.internal.index;

import java.util.List;

import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;

/** Single reads of an index, each on its own snapshot, as the tests of this package check it with. */
final class IndexReads {

    private IndexReads() {
    }

    static List<PassageHit> keyword(PassageIndex index, String query, int limit) {
        return keyword(index, query, SearchFilter.NONE, limit);
    }

    static List<PassageHit> keyword(PassageIndex index, String query, SearchFilter filter, int limit) {
        return index.read(snapshot -> snapshot.keyword(query, filter, limit));
    }

    static List<PassageHit> nearest(PassageIndex index, float[] vector, String model, SearchFilter filter, int limit) {
        return index.read(snapshot -> snapshot.nearest(vector, model, filter, limit));
    }

    static int vectorCount(PassageIndex index, String model) {
        return index.read(snapshot -> snapshot.vectorCount(model));
    }

    static int passageCount(PassageIndex index) {
        return index.read(IndexSnapshot::passageCount);
    }
}
