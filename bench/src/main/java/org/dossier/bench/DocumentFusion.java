package org.dossier.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.PassageHit;

/**
 * Fusions tried as variants of Dossier's hybrid search, over document rankings (passages deduplicated by document,
 * best first). Not Dossier's code: Dossier's own fusion is {@code HybridSearch}, measured as it is.
 */
final class DocumentFusion {

    private DocumentFusion() {
    }

    /** The documents of a passage ranking, in the order of their best passage. */
    static List<Long> documents(List<PassageHit> hits) {
        LinkedHashSet<Long> documents = new LinkedHashSet<>();
        hits.forEach(hit -> documents.add(hit.documentId()));
        return List.copyOf(documents);
    }

    /** Reciprocal rank fusion with k = 60 as Dossier's, but the keyword list weighted by {@code keywordWeight}. */
    static List<Long> weightedRrf(List<Long> keyword, List<Long> semantic, double keywordWeight, int limit) {
        Map<Long, Double> scores = new HashMap<>();
        for (int rank = 0; rank < keyword.size(); rank++) {
            scores.merge(keyword.get(rank), keywordWeight / (60 + rank + 1), Double::sum);
        }
        for (int rank = 0; rank < semantic.size(); rank++) {
            scores.merge(semantic.get(rank), 1.0 / (60 + rank + 1), Double::sum);
        }
        return top(scores, limit);
    }

    /**
     * Scores min-max normalised per list, then averaged: keeps how far ahead a top hit is, which ranks forget.
     * Documents absent from a list score 0 there.
     */
    static List<Long> minMax(List<PassageHit> keyword, List<PassageHit> semantic, int limit) {
        Map<Long, Double> scores = new HashMap<>();
        addNormalised(keyword, scores);
        addNormalised(semantic, scores);
        return top(scores, limit);
    }

    private static void addNormalised(List<PassageHit> hits, Map<Long, Double> scores) {
        if (hits.isEmpty()) {
            return;
        }
        double max = hits.stream().mapToDouble(PassageHit::score).max().orElseThrow();
        double min = hits.stream().mapToDouble(PassageHit::score).min().orElseThrow();
        Map<Long, Double> best = new HashMap<>();
        for (PassageHit hit : hits) {
            double normalised = max == min ? 1 : (hit.score() - min) / (max - min);
            best.merge(hit.documentId(), normalised, Math::max);
        }
        best.forEach((doc, score) -> scores.merge(doc, 0.5 * score, Double::sum));
    }

    private static List<Long> top(Map<Long, Double> scores, int limit) {
        List<Map.Entry<Long, Double>> entries = new ArrayList<>(scores.entrySet());
        entries.sort(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return entries.stream().limit(limit).map(Map.Entry::getKey).toList();
    }
}
