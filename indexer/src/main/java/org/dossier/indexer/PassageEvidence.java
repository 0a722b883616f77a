package org.dossier.indexer;

/**
 * Why a passage was found: its place and score in each list hybrid search fused. What decides whether passages can
 * answer a question needs these, not the fused score alone — a reciprocal-rank score says how two lists agree on an
 * order, never how well the best passage matches.
 *
 * @param keywordRank      1-based rank in the BM25 list, or 0 when BM25 did not find it
 * @param keywordScore     its BM25 score (on the scale of this question only), or 0
 * @param vectorRank       1-based rank in the vector list (after feedback), or 0 when that list did not hold it
 * @param vectorSimilarity how near its vector is to the question's own, on the scale {@code (1 + cosine) / 2}, or
 *                         0 when it was not among the nearest passages
 * @param rerankScore      the reranker's score for it (a cross-encoder's relevance, the model's own scale), or
 *                         {@code NaN} when no reranker scored it
 */
public record PassageEvidence(int keywordRank, float keywordScore, int vectorRank, float vectorSimilarity,
                              float rerankScore) {

    /** Found by neither list as such: a passage listed by a filter alone, or built in a test. */
    public static final PassageEvidence NONE = new PassageEvidence(0, 0, 0, 0);

    /** What the two lists said, before any reranker. */
    public PassageEvidence(int keywordRank, float keywordScore, int vectorRank, float vectorSimilarity) {
        this(keywordRank, keywordScore, vectorRank, vectorSimilarity, Float.NaN);
    }

    /** The same, with the score a reranker gave the passage. */
    public PassageEvidence withRerankScore(float score) {
        return new PassageEvidence(keywordRank, keywordScore, vectorRank, vectorSimilarity, score);
    }

    /** Whether a reranker scored it. */
    public boolean reranked() {
        return !Float.isNaN(rerankScore);
    }

    public PassageEvidence {
        if (keywordRank < 0 || vectorRank < 0) {
            throw new IllegalArgumentException("ranks start at 1 (0: not in the list): " + keywordRank + ", "
                    + vectorRank);
        }
    }

    /** Both lists found it within their first {@code depth}: keywords and meaning agree. */
    public boolean agreed(int depth) {
        return keywordRank > 0 && keywordRank <= depth && vectorRank > 0 && vectorRank <= depth;
    }
}
