package org.dossier.indexer.internal.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.PassageEvidence;
import org.dossier.indexer.PassageHit;

/**
 * Gives each fused passage what the two lists said of it (rank and score in each), so that a caller can judge the
 * evidence and not only the fused order.
 */
final class EvidenceOf {

    private EvidenceOf() {
    }

    static List<PassageHit> attach(List<PassageHit> fused, List<PassageHit> keyword, List<PassageHit> semantic,
                                   Map<String, Float> similarity) {
        Map<String, Integer> keywordRanks = ranks(keyword);
        Map<String, Integer> vectorRanks = ranks(semantic);
        Map<String, Float> keywordScores = new HashMap<>();
        keyword.forEach(hit -> keywordScores.putIfAbsent(hit.key(), hit.score()));
        return fused.stream().map(hit -> hit.withEvidence(new PassageEvidence(
                keywordRanks.getOrDefault(hit.key(), 0), keywordScores.getOrDefault(hit.key(), 0f),
                vectorRanks.getOrDefault(hit.key(), 0), similarity.getOrDefault(hit.key(), 0f)))).toList();
    }

    private static Map<String, Integer> ranks(List<PassageHit> ranking) {
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ranking.size(); i++) {
            ranks.putIfAbsent(ranking.get(i).key(), i + 1);
        }
        return ranks;
    }
}
