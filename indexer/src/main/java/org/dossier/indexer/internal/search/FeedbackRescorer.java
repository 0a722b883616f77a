package org.dossier.indexer.internal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.VectorUtil;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.internal.index.IndexSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * Ranks vector-search candidates again by a query vector moved toward some of them ({@link VectorFeedback}).
 * Re-ranking the candidates instead of searching the graph again keeps the cost to a few dozen vector reads. Reads
 * each candidate's vector once, from the snapshot the candidates came from; scores are on the scale Lucene gives
 * dot-product matches, {@code (1 + dot) / 2}, so fused lists compare as before. A candidate whose vector is gone
 * keeps its score.
 */
public final class FeedbackRescorer {

    private FeedbackRescorer() {
    }

    /** The candidates ranked again by the query moved toward the feedback passages, {@code weight} times their mean. */
    public static List<PassageHit> rescore(IndexSnapshot snapshot, float[] query, List<PassageHit> candidates,
                                           List<PassageHit> feedback, float weight) {
        if (feedback.isEmpty() || candidates.size() < 2) {
            return candidates;
        }
        Map<String, float[]> vectors = snapshot.vectors(candidates);
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
}
