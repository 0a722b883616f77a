package org.dossier.indexer.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.VectorUtil;
import org.dossier.indexer.PassageHit;
import org.jspecify.annotations.Nullable;

/**
 * Ranks vector-search candidates again by a query vector moved toward some of them ({@link VectorFeedback}). Reads
 * each candidate's vector once from the index; scores are on the scale Lucene gives dot-product matches,
 * {@code (1 + dot) / 2}, so fused lists compare as before. A candidate whose vector is gone (its document changed
 * since the search) keeps its score.
 */
final class FeedbackRescorer {

    private final IndexSearcher searcher;
    private final String keyField;
    private final String vectorField;

    FeedbackRescorer(IndexSearcher searcher, String keyField, String vectorField) {
        this.searcher = searcher;
        this.keyField = keyField;
        this.vectorField = vectorField;
    }

    List<PassageHit> rescore(float[] query, List<PassageHit> candidates, List<PassageHit> feedback, float weight)
            throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        for (PassageHit hit : candidates) {
            float[] vector = vectorOf(hit.key());
            if (vector != null) {
                vectors.put(hit.key(), vector);
            }
        }
        float[] moved = moved(query, feedback.stream().map(hit -> vectors.get(hit.key())).toList(), weight);
        List<PassageHit> rescored = new ArrayList<>(candidates.size());
        for (PassageHit hit : candidates) {
            float[] vector = vectors.get(hit.key());
            rescored.add(vector == null ? hit : hit.withScore((1 + VectorUtil.dotProduct(moved, vector)) / 2));
        }
        rescored.sort(Comparator.comparingDouble(PassageHit::score).reversed());
        return rescored;
    }

    /** The query plus {@code weight} times the mean of the feedback vectors, made unit length again. */
    private static float[] moved(float[] query, List<float @Nullable []> feedback, float weight) {
        float[] moved = query.clone();
        List<float[]> present = feedback.stream().filter(vector -> vector != null).map(vector -> (float[]) vector)
                .toList();
        if (present.isEmpty()) {
            return moved;
        }
        for (float[] vector : present) {
            for (int d = 0; d < moved.length; d++) {
                moved[d] += weight * vector[d] / present.size();
            }
        }
        float norm = (float) Math.sqrt(VectorUtil.dotProduct(moved, moved));
        for (int d = 0; d < moved.length; d++) {
            moved[d] /= norm;
        }
        return moved;
    }

    /** The vector of the live passage with this key, or {@code null} if there is none. */
    private float @Nullable [] vectorOf(String key) throws IOException {
        ScoreDoc[] found = searcher.search(new TermQuery(new Term(keyField, key)), 1).scoreDocs;
        if (found.length == 0) {
            return null;
        }
        int doc = found[0].doc;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(vectorField);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator iterator = values.iterator();
        int target = doc - leaf.docBase;
        return iterator.advance(target) == target ? values.vectorValue(iterator.index()).clone() : null;
    }
}
