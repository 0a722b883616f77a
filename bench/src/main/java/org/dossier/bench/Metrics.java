package org.dossier.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return recall(ranked.stream().limit(k).toList(), gains.keySet());
    }

    /** Share of the relevant items (documents, source files) among those found, in whatever order. */
    static <T> double recall(Collection<T> found, Collection<T> relevant) {
        if (relevant.isEmpty()) {
            return 0;
        }
        Set<T> seen = new HashSet<>(found);
        return relevant.stream().filter(seen::contains).count() / (double) relevant.size();
    }

    /**
     * Share of the exact nearest neighbours (by a scan over every vector) that a search found in its first
     * {@code k}: the recall of an approximate (HNSW, quantized) search against the exact one, averaged over queries.
     */
    static double recallAgainstExact(long[][] found, long[][] exact, int k) {
        double[] perQuery = new double[found.length];
        for (int q = 0; q < found.length; q++) {
            Map<Long, Integer> truth = new HashMap<>();
            for (int i = 0; i < Math.min(k, exact[q].length); i++) {
                truth.put(exact[q][i], 1);
            }
            perQuery[q] = recall(Arrays.stream(found[q]).boxed().toList(), truth, k);
        }
        return mean(perQuery);
    }

    /** Nearest-rank percentile ({@code p} in 0..1) of values sorted ascending. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Nearest-rank percentile of unsorted values. */
    static double percentile(List<Double> values, double p) {
        return percentile(values.stream().mapToDouble(Double::doubleValue).sorted().toArray(), p);
    }

    /** The median; with an even count, the mean of the middle two. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /**
     * Mean per-query difference of two paired measurements (the same queries) and its standard error: whether one
     * differs from the baseline by more than the queries' spread explains.
     */
    static List<Double> pairedDifference(double[] values, double[] baseline) {
        double[] differences = new double[values.length];
        Arrays.setAll(differences, q -> values[q] - baseline[q]);
        double mean = mean(differences);
        double squares = Arrays.stream(differences).map(d -> (d - mean) * (d - mean)).sum();
        return List.of(mean, Math.sqrt(squares / (values.length - 1) / values.length));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
