package org.dossier.indexer.internal.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/** A live passage's vector read back from the index, by the passage's key, on one searcher's snapshot. */
final class StoredVector {

    private StoredVector() {
    }

    /** The vector of the live passage with this key, or {@code null} if there is none. */
    static float @Nullable [] of(IndexSearcher searcher, String key) throws IOException {
        ScoreDoc[] found = searcher.search(new TermQuery(new Term(IndexFields.KEY, key)), 1).scoreDocs;
        if (found.length == 0) {
            return null;
        }
        int doc = found[0].doc;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator iterator = values.iterator();
        int target = doc - leaf.docBase;
        return iterator.advance(target) == target ? values.vectorValue(iterator.index()).clone() : null;
    }
}
