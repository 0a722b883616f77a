package org.dossier.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.PassageHit;

/**
 * The three levers of issue #13's Measure section, each over a grid of settings, on one collection: pseudo-relevance
 * feedback for BM25 (RM3), passage-to-document aggregation other than the best passage, and the keyword list's
 * fusion weight chosen by the query's length (free, and as Dossier takes it: short questions kept at 1). Each is
 * measured as a change to Dossier's hybrid ranking as it was before the length weights (BM25 and vectors with
 * feedback, fused by reciprocal rank with k = 60 and equal weights, documents in the order of their best passage)
 * with everything else as it is; the grid's first setting of each lever is that equal-weight hybrid. Dossier's
 * default now is the fourth lever's choice ({@code FusionWeights.DEFAULT}), measured as the benchmark's "hybrid" row.
 *
 * <p>Which setting to keep is chosen elsewhere ({@link HoldOut}), on other collections than the one it is scored on.
 */
final class RetrievalLevers {

    static final String RM3 = "RM3 feedback for BM25";
    static final String AGGREGATION = "passage-to-document aggregation";
    static final String BY_LENGTH = "BM25 fusion weight by query length";
    static final String LONGER_ONLY = "BM25 fusion weight for questions over 8 words";

    private static final int RRF_K = 60;
    private static final int[] FB_DOCS = {5, 10, 20};
    private static final int[] FB_TERMS = {5, 10, 20};
    private static final double[] ORIGINAL_WEIGHTS = {0.3, 0.5, 0.7};
    private static final int[] AGGREGATED_PASSAGES = {2, 3};
    private static final double[] LOWER_PASSAGE_SHARES = {0.1, 0.25, 0.5, 1.0};
    private static final int[] LENGTH_THRESHOLDS = {4, 6, 8, 12, 16};
    private static final double[] KEYWORD_WEIGHTS = {0.25, 0.5, 0.75, 1.0, 1.5, 2.0};

    /** One query's inputs: its text, its words that name something ({@code QuestionWords}), the two lists hybrid search fuses, and its judgments. */
    record Query(String text, int words, List<PassageHit> keyword, List<PassageHit> semantic,
                 Map<Long, Integer> relevant) {
    }

    /** Mean nDCG@10 and recall@100 of one setting over a collection's judged queries. */
    record Score(double ndcg, double recall) {
    }

    private final List<Query> queries;
    private final Rm3Bm25 rm3;
    private final int depth;

    RetrievalLevers(List<Query> queries, Rm3Bm25 rm3, int depth) {
        this.queries = queries;
        this.rm3 = rm3;
        this.depth = depth;
    }

    /** Every lever's settings, in grid order (the hybrid as it is first), with their scores on this collection. */
    Map<String, Map<String, Score>> measure() {
        Map<String, Map<String, Score>> levers = new LinkedHashMap<>();
        levers.put(RM3, rm3Grid());
        levers.put(AGGREGATION, aggregationGrid());
        levers.put(BY_LENGTH, lengthGrid());
        levers.put(LONGER_ONLY, longerOnlyGrid());
        return levers;
    }

    /** BM25 with RM3 alone, at Anserini's defaults: the keyword list the RM3 lever fuses, beside plain BM25. */
    Score rm3Alone() {
        return score(q -> documents(rm3.search(q.text(), q.keyword(), Rm3Bm25.Parameters.ANSERINI, depth)));
    }

    /**
     * The equal-weight hybrid as this class rebuilds it, which every lever starts from: it is the benchmark's
     * "variant: hybrid with equal weights" row, but for the near duplicates that row collapses.
     */
    Score hybrid() {
        return score(q -> documents(fuse(q.keyword(), q.semantic(), 1.0)));
    }

    private Map<String, Score> rm3Grid() {
        Map<String, Score> grid = new LinkedHashMap<>();
        grid.put("off", hybrid());
        for (int fbDocs : FB_DOCS) {
            for (int fbTerms : FB_TERMS) {
                for (double weight : ORIGINAL_WEIGHTS) {
                    Rm3Bm25.Parameters parameters = new Rm3Bm25.Parameters(fbDocs, fbTerms, weight);
                    grid.put(parameters.toString(), score(q -> documents(fuse(
                            rm3.search(q.text(), q.keyword(), parameters, depth), q.semantic(), 1.0))));
                }
            }
        }
        return grid;
    }

    private Map<String, Score> aggregationGrid() {
        Map<String, Score> grid = new LinkedHashMap<>();
        grid.put("best passage", hybrid());
        for (int passages : AGGREGATED_PASSAGES) {
            for (double share : LOWER_PASSAGE_SHARES) {
                grid.put("best + " + share + " x next " + (passages - 1), score(q -> aggregated(
                        fuse(q.keyword(), q.semantic(), 1.0), passages, share)));
            }
        }
        return grid;
    }

    private Map<String, Score> lengthGrid() {
        Map<String, Score> grid = new LinkedHashMap<>();
        grid.put("weight 1 for every query", hybrid());
        for (int threshold : LENGTH_THRESHOLDS) {
            for (double shortWeight : KEYWORD_WEIGHTS) {
                for (double longWeight : KEYWORD_WEIGHTS) {
                    grid.put("up to " + threshold + " words: " + shortWeight + ", longer: " + longWeight,
                            score(q -> documents(fuse(q.keyword(), q.semantic(),
                                    q.words() <= threshold ? shortWeight : longWeight))));
                }
            }
        }
        return grid;
    }

    /**
     * The length lever as Dossier takes it ({@code FusionWeights.DEFAULT}): a question of up to 8 distinct words
     * keeps BM25's weight at 1, because a journalist's short question names things (a company, an invoice number)
     * and its exact words must keep their equal say whatever the collections prefer; only a longer, descriptive
     * question's weight is chosen here. The 8 and the 1 are fixed before measuring, from the sample corpus.
     */
    private Map<String, Score> longerOnlyGrid() {
        Map<String, Score> grid = new LinkedHashMap<>();
        grid.put("weight 1 for every query", hybrid());
        for (double longWeight : KEYWORD_WEIGHTS) {
            if (longWeight != 1.0) {
                grid.put("up to 8 words: 1.0, longer: " + longWeight,
                        score(q -> documents(fuse(q.keyword(), q.semantic(), q.words() <= 8 ? 1.0 : longWeight))));
            }
        }
        return grid;
    }

    private Score score(java.util.function.Function<Query, List<Long>> ranking) {
        double[] ndcg = new double[queries.size()];
        double[] recall = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            List<Long> ranked = ranking.apply(query);
            ndcg[i] = Metrics.ndcg(ranked, query.relevant(), 10);
            recall[i] = Metrics.recall(ranked, query.relevant(), depth);
        }
        return new Score(Metrics.mean(ndcg), Metrics.mean(recall));
    }

    /**
     * Reciprocal rank fusion as Dossier's ({@code ReciprocalRankFusion}): the keyword list's passages first in
     * insertion order, scores summed in double and compared as float, a stable sort.
     */
    static List<PassageHit> fuse(List<PassageHit> keyword, List<PassageHit> semantic, double keywordWeight) {
        Map<String, PassageHit> byKey = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        List<List<PassageHit>> lists = List.of(keyword, semantic);
        double[] weights = {keywordWeight, 1.0};
        for (int list = 0; list < 2; list++) {
            List<PassageHit> ranking = lists.get(list);
            for (int rank = 0; rank < ranking.size(); rank++) {
                PassageHit hit = ranking.get(rank);
                byKey.putIfAbsent(hit.key(), hit);
                scores.merge(hit.key(), weights[list] / (RRF_K + rank + 1), Double::sum);
            }
        }
        List<PassageHit> fused = new ArrayList<>(byKey.size());
        byKey.forEach((key, hit) -> fused.add(hit.withScore(scores.get(key).floatValue())));
        fused.sort(Comparator.comparingDouble(PassageHit::score).reversed());
        return fused;
    }

    private List<Long> documents(List<PassageHit> fused) {
        return DocumentFusion.documents(fused).stream().limit(depth).toList();
    }

    /**
     * Documents by their best passage's score plus {@code share} of each of their next {@code passages - 1}
     * passages' scores; ties keep the order of the best passages.
     */
    private List<Long> aggregated(List<PassageHit> fused, int passages, double share) {
        Map<Long, List<Float>> byDocument = new LinkedHashMap<>();
        fused.forEach(hit -> byDocument.computeIfAbsent(hit.documentId(), d -> new ArrayList<>()).add(hit.score()));
        Map<Long, Double> scores = new LinkedHashMap<>();
        byDocument.forEach((document, list) -> {
            double score = list.getFirst();
            for (int i = 1; i < Math.min(passages, list.size()); i++) {
                score += share * list.get(i);
            }
            scores.put(document, score);
        });
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .limit(depth).map(Map.Entry::getKey).toList();
    }
}
