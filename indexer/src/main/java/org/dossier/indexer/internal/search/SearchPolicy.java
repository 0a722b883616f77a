package org.dossier.indexer.internal.search;

/**
 * How hybrid search reads and weighs its two lists: Dossier's retrieval policy, in one place.
 *
 * @param candidates how deep each list (BM25, vectors) is read before fusion, at least; a caller asking for more
 *                   gets lists as deep as it asks. The fused list is not cut: a re-ranker may lift a passage from
 *                   below the caller's limit
 * @param weights    BM25's weight in the fusion, against 1 for vectors, by the question's length
 * @param feedback   which of the nearest passages pull the vector query toward them
 */
record SearchPolicy(int candidates, FusionWeights weights, VectorFeedback feedback) {

    /**
     * What Dossier searches with by default: lists 50 deep, BM25 as the vectors for a question of up to 8 words and
     * a quarter of them beyond ({@link FusionWeights#DEFAULT}, and why), feedback where both agree.
     */
    static final SearchPolicy DEFAULT = new SearchPolicy(50, FusionWeights.DEFAULT, VectorFeedback.DEFAULT);

    SearchPolicy {
        if (candidates < 1 || weights == null || feedback == null) {
            throw new IllegalArgumentException("candidates must be at least 1, with weights and feedback: "
                    + candidates + ", " + weights + ", " + feedback);
        }
    }

    /** How deep each list is read for a caller that wants {@code limit} passages. */
    int depth(int limit) {
        return Math.max(candidates, limit);
    }
}
