package org.dossier.indexer.internal.search;

/**
 * BM25's weight in the reciprocal-rank fusion, against 1 for the vectors, by the question's length. A long
 * question (a paragraph describing a need) gives BM25 many common words to match, and its list drifts; the vectors
 * read the whole. A short one names things, and its words keep a larger say.
 *
 * <p>By default both weigh alike, whatever the length: Dossier's fusion before this setting. The
 * {@code retrieval-quality} benchmark (bench/results/retrieval-quality.json, rows "lever: BM25 fusion weight by
 * query length") chose 8 words, 0.5 and 0.25 ({@link #BENCHMARK_CHOICE}): tuned on two of Cranfield, CISI and
 * Medline and scored on the third, each held-out nDCG@10 was at or above equal weights (0.433 / 0.447 / 0.796
 * against 0.429 / 0.439 / 0.788). But on the sample corpus it ranks a note about Bluewater Holdings above the one
 * message that answers "What service did Bluewater Holdings describe in its consultancy invoices?" (a short
 * question, seven words): a journalist's short questions name things, and the collections' judged queries are not
 * that. So it stays a setting, off.
 *
 * @param shortQuestionWords a question of at most this many distinct words (as the index analyses them, stop
 *                           words aside) is short
 * @param shortQuestions     BM25's weight for a short question
 * @param longerQuestions    BM25's weight for a longer one
 */
public record FusionWeights(int shortQuestionWords, double shortQuestions, double longerQuestions) {

    /** BM25 and vectors weighed alike, whatever the question. */
    public static final FusionWeights DEFAULT = new FusionWeights(8, 1.0, 1.0);

    /** What the retrieval-quality benchmark chose on Cranfield, CISI and Medline together. */
    public static final FusionWeights BENCHMARK_CHOICE = new FusionWeights(8, 0.5, 0.25);

    public FusionWeights {
        if (shortQuestionWords < 1 || shortQuestions < 0 || longerQuestions < 0) {
            throw new IllegalArgumentException("a short question has at least 1 word and no weight is negative: "
                    + shortQuestionWords + ", " + shortQuestions + ", " + longerQuestions);
        }
    }

    /** Whether the weight depends on the question's length at all (not by default: then it need not be counted). */
    public boolean byLength() {
        return shortQuestions != longerQuestions;
    }

    /** BM25's weight for a question of this many distinct analysed words. */
    public double keywordWeight(int words) {
        return words <= shortQuestionWords ? shortQuestions : longerQuestions;
    }
}
