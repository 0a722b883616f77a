package org.dossier.indexer.internal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.PassageHit;

/**
 * Reciprocal rank fusion (Cormack et al., 2009): a passage scores the weighted sum of 1/(k + rank) over the lists
 * it is in. Ranks, not scores, are fused, because BM25 scores and cosine similarities are on scales that cannot be
 * compared.
 */
final class ReciprocalRankFusion {

    /** The usual constant: it keeps one list's top hit from drowning passages that rank well in both. */
    static final int K = 60;

    private ReciprocalRankFusion() {
    }

    static List<PassageHit> fuse(List<List<PassageHit>> rankings) {
        return fuse(rankings, rankings.stream().map(ranking -> 1.0).toList());
    }

    /** Fusion with a weight per list. */
    static List<PassageHit> fuse(List<List<PassageHit>> rankings, List<Double> weights) {
        if (weights.size() != rankings.size()) {
            throw new IllegalArgumentException(weights.size() + " weights for " + rankings.size() + " rankings");
        }
        Map<String, PassageHit> byKey = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int list = 0; list < rankings.size(); list++) {
            List<PassageHit> ranking = rankings.get(list);
            double weight = weights.get(list);
            for (int rank = 0; rank < ranking.size(); rank++) {
                PassageHit hit = ranking.get(rank);
                byKey.putIfAbsent(hit.key(), hit);
                scores.merge(hit.key(), weight / (K + rank + 1), Double::sum);
            }
        }
        List<PassageHit> fused = new ArrayList<>(byKey.size());
        byKey.forEach((key, hit) -> fused.add(new PassageHit(hit.documentId(), hit.ordinal(), hit.location(),
                hit.start(), hit.end(), hit.text(), scores.get(key).floatValue())));
        fused.sort(Comparator.comparingDouble(PassageHit::score).reversed());
        return fused;
    }
}
