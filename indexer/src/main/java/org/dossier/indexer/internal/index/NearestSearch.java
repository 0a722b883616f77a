package org.dossier.indexer.internal.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.TopKnnCollector;
import org.apache.lucene.search.knn.KnnCollectorManager;
import org.apache.lucene.search.knn.KnnSearchStrategy;

/**
 * How a search for the passages nearest a vector reads the index: how many candidates the HNSW graph is asked for,
 * and whether they are ranked again by their full-precision vectors before the list is cut.
 *
 * <p>The graph holds vectors quantized to 8 bits ({@link PassageCodec}), so the scores it ranks by are estimates,
 * and an index of many segments is searched segment by segment, each for a share of the candidates. Both cost recall
 * as the index grows: at 1M passages (20 segments) a search for 10 found 0.64 of the true 10 nearest, one for 50
 * 0.79 of them in its first 10 (bench {@code retrieval-latency}, clustered vectors). Asking the graph for more
 * candidates than the caller wants and ranking them again on the floats (kept on disk beside the quantized vectors,
 * for merges) wins that back for a few hundred vector reads per search.
 *
 * @param candidates the graph is asked for at least this many, however few the caller wants
 * @param rescore    rank the candidates again by their full-precision similarity to the query, which then is the
 *                   score each hit carries
 * @param everySegmentInFull search each segment's graph for all the candidates rather than for a share sized by
 *                   the segment's part of the index (Lucene's "optimistic" collection, which searches a segment
 *                   again only when its share's last hit still competes)
 */
public record NearestSearch(int candidates, boolean rescore, boolean everySegmentInFull) {

    /**
     * What Dossier searches with: 400 candidates, rescored, Lucene's own per-segment collection.
     *
     * <p>Measured on the {@code retrieval-latency} index at 1,000,000 passages (clustered vectors, 20 segments),
     * recall@10 against an exact scan over 100 queries: 100 candidates find 0.849, 200 0.916, 400 0.961; Lucene's
     * plain search asked for 10 0.636. What the smaller counts lose is lost between segments: Lucene 10 searches
     * each segment for a share of the candidates sized by its part of the index (its "optimistic" collection), and
     * the share of 100 among 20 segments is too small for clustered neighbours. Searching every segment for all
     * the candidates ({@code everySegmentInFull}) finds 0.962 with 10 and 0.986 with 20, at about three times the
     * p95 of 400 candidates (323 against 106 ms, both on two cores shared at a load average near 24: the ratio is
     * what holds). So the lever is the count, which keeps Lucene's strategy and costs a few hundred more quantized
     * vector reads and full-precision rescores per search.
     */
    public static final NearestSearch DEFAULT = new NearestSearch(400, true, false);

    /** Lucene's plain search: the graph asked for what the caller wants, ranked by the quantized estimates. */
    public static final NearestSearch PLAIN = new NearestSearch(1, false, false);

    public NearestSearch {
        if (candidates < 1) {
            throw new IllegalArgumentException("the graph must be asked for at least one candidate: " + candidates);
        }
    }

    /** How many candidates the graph is asked for when the caller wants {@code limit}. */
    public int graphDepth(int limit) {
        return Math.max(candidates, limit);
    }

    /** The query for the {@code limit} passages nearest {@code vector} among those {@code restriction} allows. */
    Query query(float[] vector, Query restriction, int limit) {
        Query graph = everySegmentInFull
                ? new EverySegmentInFull(vector, graphDepth(limit), restriction)
                : new KnnFloatVectorQuery(IndexFields.VECTOR, vector, graphDepth(limit), restriction);
        return rescore ? RescoreTopNQuery.createFullPrecisionRescorerQuery(graph, vector, IndexFields.VECTOR, limit)
                : graph;
    }

    /** Lucene's kNN query with a collector that is not optimistic: every segment is searched for all k. */
    private static final class EverySegmentInFull extends KnnFloatVectorQuery {

        EverySegmentInFull(float[] vector, int k, Query restriction) {
            super(IndexFields.VECTOR, vector, k, restriction);
        }

        @Override
        protected KnnCollectorManager getKnnCollectorManager(int k, IndexSearcher searcher) {
            return new KnnCollectorManager() {
                @Override
                public KnnCollector newCollector(int visitLimit, KnnSearchStrategy strategy, LeafReaderContext leaf) {
                    return new TopKnnCollector(k, visitLimit, strategy);
                }

                @Override
                public boolean isOptimistic() {
                    return false;
                }
            };
        }
    }
}
