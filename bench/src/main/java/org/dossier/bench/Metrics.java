package org.dossier.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over a list of document ids, best first. nDCG uses linear gains (gain / log2(rank + 1)), as
 * trec_eval and BEIR do, with the ideal ranking made of every relevant document of the query, retrieved or not.
 */
final class Metrics {

    private Metrics() {
    }

    static double ndcg(List<Long> ranked, Map<Long, Integer> gains, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gains.getOrDefault(ranked.get(i), 0) / log2(i + 2);
        }
        int[] ideal = gains.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.length); i++) {
            idcg += ideal[ideal.length - 1 - i] / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Share of the relevant documents found in the first {@code k}. */
    static double recall(List<Long> ranked, Map<Long, Integer> gains, int k) {
        if (gains.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(gains::containsKey).count();
        return found / (double) gains.size();
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
