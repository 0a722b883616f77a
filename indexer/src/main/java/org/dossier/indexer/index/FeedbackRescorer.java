package org.dossier.indexer.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.VectorUtil;
import org.jspecify.annotations.Nullable;

/**
 * Ranks kNN candidates again by a query vector moved toward the nearest of them ({@link VectorFeedback}). Reads
 * each candidate's vector once from the index; scores are on the scale Lucene gives dot-product matches,
 * {@code (1 + dot) / 2}, so fused lists compare as before.
 */
final class FeedbackRescorer {

    private final IndexReader reader;
    private final String field;

    FeedbackRescorer(IndexReader reader, String field) {
        this.reader = reader;
        this.field = field;
    }

    ScoreDoc[] rescore(float[] query, ScoreDoc[] candidates, VectorFeedback feedback) throws IOException {
        if (candidates.length <= 1) {
            return candidates;
        }
        @Nullable float[][] vectors = new float[candidates.length][];
        for (int i = 0; i < candidates.length; i++) {
            vectors[i] = vectorOf(candidates[i].doc);
        }
        float[] moved = moved(query, Arrays.asList(vectors).subList(0, Math.min(feedback.passages(), vectors.length)),
                feedback.weight());
        ScoreDoc[] rescored = new ScoreDoc[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            float score = vectors[i] == null ? candidates[i].score
                    : (1 + VectorUtil.dotProduct(moved, vectors[i])) / 2;
            rescored[i] = new ScoreDoc(candidates[i].doc, score);
        }
        Arrays.sort(rescored, Comparator.comparingDouble((ScoreDoc doc) -> doc.score).reversed());
        return rescored;
    }

    /** The query plus {@code weight} times the mean of the feedback vectors, made unit length again. */
    private static float[] moved(float[] query, List<@Nullable float[]> feedback, float weight) {
        float[] moved = query.clone();
        long present = feedback.stream().filter(v -> v != null).count();
        if (present == 0) {
            return moved;
        }
        for (float[] vector : feedback) {
            if (vector == null) {
                continue;
            }
            for (int d = 0; d < moved.length; d++) {
                moved[d] += weight * vector[d] / present;
            }
        }
        float norm = (float) Math.sqrt(VectorUtil.dotProduct(moved, moved));
        if (norm > 0) {
            for (int d = 0; d < moved.length; d++) {
                moved[d] /= norm;
            }
        }
        return moved;
    }

    /** The vector of one index document, or {@code null} if it has none. */
    private @Nullable float[] vectorOf(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator iterator = values.iterator();
        int target = doc - leaf.docBase;
        if (iterator.advance(target) != target) {
            return null;
        }
        return values.vectorValue(iterator.index()).clone();
    }
}
