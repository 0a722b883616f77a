package org.dossier.indexer.internal.search;

/**
 * How hybrid search reads and weighs its two lists: Dossier's retrieval policy, in one place.
 *
 * @param candidates    how deep each list (BM25, vectors) is read before fusion, at least; a caller asking for
 *                      more gets lists as deep as it asks. The fused list is not cut: a re-ranker may lift a passage
 *                      from below the caller's limit
 * @param keywordWeight BM25's weight in the fusion, against 1 for vectors
 * @param feedback      which of the nearest passages pull the vector query toward them
 */
record SearchPolicy(int candidates, double keywordWeight, VectorFeedback feedback) {

    /**
     * What Dossier searches with: lists 50 deep, BM25 and vectors weighed alike, feedback where both agree.
     *
     * <p>On Cranfield, CISI and Medline a keyword weight of 0.5 can score a little higher
     * (bench/results/retrieval-quality.json, variant "doc-level RRF, BM25 weight 0.5"), but on the sample corpus it
     * let a note that talks about the same company outrank the one email holding the exact phrase asked about. A
     * journalist's questions name things (people, companies, invoice numbers): exact words keep an equal say.
     */
    static final SearchPolicy DEFAULT = new SearchPolicy(50, 1.0, VectorFeedback.DEFAULT);

    SearchPolicy {
        if (candidates < 1 || keywordWeight < 0) {
            throw new IllegalArgumentException("candidates must be at least 1 and the keyword weight not negative: "
                    + candidates + ", " + keywordWeight);
        }
    }

    /** How deep each list is read for a caller that wants {@code limit} passages. */
    int depth(int limit) {
        return Math.max(candidates, limit);
    }
}
