package org.dossier.indexer.internal.index;

import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;

/**
 * How a search for the passages nearest a vector reads the index: how many candidates the HNSW graph is asked for,
 * and whether they are ranked again by their full-precision vectors before the list is cut.
 *
 * <p>The graph holds vectors quantized to 8 bits ({@link PassageCodec}), so the scores it ranks by are estimates,
 * and an index of many segments is searched segment by segment, each for a share of the candidates. Both cost recall
 * as the index grows: at 1M passages (20 segments) a search for 10 found 0.67 of the true 10 nearest, one for 50
 * 0.81 of them in its first 10 (bench {@code retrieval-latency}, clustered vectors). Asking the graph for more
 * candidates than the caller wants and ranking them again on the floats (kept on disk beside the quantized vectors,
 * for merges) wins that back for a few hundred vector reads per search.
 *
 * @param candidates the graph is asked for at least this many, however few the caller wants
 * @param rescore    rank the candidates again by their full-precision similarity to the query, which then is the
 *                   score each hit carries
 */
public record NearestSearch(int candidates, boolean rescore) {

    /**
     * What Dossier searches with: 100 candidates, rescored.
     *
     * <p>Measured on the {@code retrieval-latency} index (clustered vectors, PassageIndex's segments) at 280,000 and
     * 430,000 passages, recall@10 against an exact scan over 100 queries: Lucene's plain search asked for 10 finds
     * 0.792 at 280k; asked for 50 (as hybrid did) 0.902 / 0.886; this setting 0.962 / 0.929; 200 candidates
     * 0.966 / 0.942, 400 0.970 / 0.946. Rescoring adds little (0.925 plain to 0.929 at 430k, 100 candidates): what
     * is lost is found by no candidate count, since Lucene searches each segment for a share of them and stops a segment's search once
     * other segments hold better hits. Searching every segment in full found 0.97 at 340k for 10, at several times
     * the cost: the lever to weigh next, at 1M, with p95 (these runs shared two cores with a load average of 20-25,
     * so their latencies say nothing).
     */
    public static final NearestSearch DEFAULT = new NearestSearch(100, true);

    /** Lucene's plain search: the graph asked for what the caller wants, ranked by the quantized estimates. */
    public static final NearestSearch PLAIN = new NearestSearch(1, false);

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
        Query graph = new KnnFloatVectorQuery(IndexFields.VECTOR, vector, graphDepth(limit), restriction);
        return rescore ? RescoreTopNQuery.createFullPrecisionRescorerQuery(graph, vector, IndexFields.VECTOR, limit)
                : graph;
    }
}
