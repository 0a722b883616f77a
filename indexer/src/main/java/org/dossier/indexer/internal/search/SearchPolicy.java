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
     * What Dossier searches with by default: lists 50 deep, BM25 and vectors weighed alike
     * ({@link FusionWeights#DEFAULT}), feedback where both agree.
     *
     * <p>On Cranfield, CISI and Medline a lighter keyword weight scores higher, constant (0.5) or by the question's
     * length (0.5 up to 8 words, 0.25 beyond, which held on every held-out collection), but on the sample corpus
     * either lets a note that talks about the same company outrank the one email holding the words asked about. A
     * journalist's questions name things (people, companies, invoice numbers): exact words keep an equal say.
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
