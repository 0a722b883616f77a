package org.dossier.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.VectorUtil;
import org.dossier.indexer.internal.index.NearestSearch;
import org.dossier.indexer.internal.index.PassageIndex;

/**
 * What kNN finds against what it costs, for ways of reading the HNSW graph ({@link NearestSearch}): recall@10
 * against an exact scan over every passage vector (made again from the seed), and the latency of the same search,
 * for Lucene's plain search and for the graph asked for more candidates that are then ranked again by their
 * full-precision vectors. Dossier's own setting ({@link NearestSearch#DEFAULT}) is one of them.
 */
record KnnLevers(SyntheticCorpus corpus, String model, int recallQueries, int passagesPerDocument) {

    /** One way to search, and how many passages the caller asks for (the first 10 are counted). */
    record Lever(String label, NearestSearch search, int asked) {
    }

    private static final int TOP = 10;

    /** Plain searches as Dossier ran them before (asked for 10, and for hybrid's 50), then oversampled and rescored. */
    static List<Lever> levers(int hybridDepth) {
        List<Lever> levers = new ArrayList<>();
        levers.add(new Lever("plain, asked for 10", NearestSearch.PLAIN, TOP));
        levers.add(new Lever("plain, asked for " + hybridDepth + " (first 10)", NearestSearch.PLAIN, hybridDepth));
        for (int candidates : new int[] {50, 100, 200, 300, 400}) {
            levers.add(new Lever(candidates + " candidates rescored", new NearestSearch(candidates, true, false), TOP));
        }
        for (int candidates : new int[] {10, 20}) {
            levers.add(new Lever(candidates + " candidates rescored, every segment in full",
                    new NearestSearch(candidates, true, true), TOP));
        }
        return levers;
    }

    /**
     * Each lever's recall@10 and latency (p50/p95 over the timed queries, after the warm-up ones) at this size.
     *
     * @param queryVectors the latency queries' vectors: the first {@code warmUps} untimed
     */
    List<BenchResult.Row> measure(PassageIndex index, int size, List<Lever> levers, float[][] queryVectors,
                                  int warmUps) {
        long[][] exact = exactTop(size);
        List<BenchResult.Row> rows = new ArrayList<>();
        for (Lever lever : levers) {
            Map<String, Number> cells = new LinkedHashMap<>();
            cells.put("recall@10", recall(index, lever, exact));
            cells.putAll(RetrievalLatency.time("", queryVectors.length, warmUps,
                    i -> IndexReads.nearest(index, queryVectors[i], model, lever.asked(), lever.search())).cells());
            cells.put("graph asked for", lever.search().graphDepth(lever.asked()));
            String mark = lever.search().equals(NearestSearch.DEFAULT) && lever.asked() == TOP ? " (Dossier's)" : "";
            rows.add(new BenchResult.Row(size + " passages / kNN lever: " + lever.label() + mark, cells));
        }
        return rows;
    }

    /** Share of the exact 10 nearest that the search's first 10 hold, averaged over the recall queries. */
    private double recall(PassageIndex index, Lever lever, long[][] exact) {
        long[][] found = new long[recallQueries][];
        for (int q = 0; q < recallQueries; q++) {
            found[q] = IndexReads.nearest(index, corpus.queryVector(q), model, lever.asked(), lever.search()).stream()
                    .limit(TOP).mapToLong(hit -> hit.documentId() * passagesPerDocument + hit.ordinal()).toArray();
        }
        return Metrics.recallAgainstExact(found, exact, TOP);
    }

    /** The true 10 nearest passage numbers of each recall query, by a scan over every vector. */
    private long[][] exactTop(int size) {
        float[][] queries = new float[recallQueries][];
        TopScores[] exact = new TopScores[recallQueries];
        for (int q = 0; q < recallQueries; q++) {
            queries[q] = corpus.queryVector(q);
            exact[q] = new TopScores(TOP);
        }
        for (int n = 0; n < size; n++) {
            float[] vector = corpus.passageVector(n);
            for (int q = 0; q < recallQueries; q++) {
                exact[q].offer(n, VectorUtil.dotProduct(queries[q], vector));
            }
        }
        return Arrays.stream(exact).map(TopScores::ids).toArray(long[][]::new);
    }

    /** The k highest-scoring passage numbers seen so far. */
    private static final class TopScores {

        private final long[] ids;
        private final float[] scores;

        TopScores(int k) {
            ids = new long[k];
            scores = new float[k];
            Arrays.fill(ids, -1);
            Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        }

        void offer(long id, float score) {
            int lowest = 0;
            for (int i = 1; i < scores.length; i++) {
                if (scores[i] < scores[lowest]) {
                    lowest = i;
                }
            }
            if (score > scores[lowest]) {
                scores[lowest] = score;
                ids[lowest] = id;
            }
        }

        long[] ids() {
            return ids.clone();
        }
    }
}
