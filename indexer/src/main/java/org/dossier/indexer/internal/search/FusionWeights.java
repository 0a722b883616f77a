package org.dossier.indexer.internal.search;

/**
 * BM25's weight in the reciprocal-rank fusion, against 1 for the vectors, by the question's length. A long
 * question (a paragraph describing a need) gives BM25 many common words to match, and its list drifts; the vectors
 * read the whole. A short one names things (a person, a company, an invoice number), and its exact words keep an
 * equal say.
 *
 * <p>By default a question of at most 8 different words that name something ({@link QuestionWords}: stop words and
 * asking words such as "what" or "did" aside) weighs BM25 as the vectors, and a longer one gives BM25 a quarter of
 * their weight. The 1 for short questions is fixed by what Dossier is for: with 0.5 the
 * sample corpus ranks a note about Bluewater Holdings above the one message that answers "What service did Bluewater
 * Holdings describe in its consultancy invoices?" (six such words). The weight for longer questions was chosen by the
 * {@code retrieval-quality} benchmark (bench/results/retrieval-quality.json, rows "lever: BM25 fusion weight for
 * questions over 8 words") with each of Cranfield, CISI and Medline held out in turn: every held-out nDCG@10 was
 * above equal weights. Freer weights score higher still on those collections ({@link #BENCHMARK_CHOICE}, 0.5 up to 8
 * words and 0.25 beyond, or a 4-word threshold), but their judged queries are descriptions, not a journalist's
 * questions.
 *
 * @param shortQuestionWords a question of at most this many different words that name something
 *                           ({@link QuestionWords}) is short
 * @param shortQuestions     BM25's weight for a short question
 * @param longerQuestions    BM25's weight for a longer one
 */
public record FusionWeights(int shortQuestionWords, double shortQuestions, double longerQuestions) {

    /** BM25 weighs as the vectors for a question of up to 8 words, a quarter of them for a longer one. */
    public static final FusionWeights DEFAULT = new FusionWeights(8, 1.0, 0.25);

    /** BM25 and vectors weighed alike, whatever the question: Dossier's fusion before the length mattered. */
    public static final FusionWeights EQUAL = new FusionWeights(8, 1.0, 1.0);

    /** What the retrieval-quality benchmark chose on Cranfield, CISI and Medline together. */
    public static final FusionWeights BENCHMARK_CHOICE = new FusionWeights(8, 0.5, 0.25);

    public FusionWeights {
        if (shortQuestionWords < 1 || shortQuestions < 0 || longerQuestions < 0) {
            throw new IllegalArgumentException("a short question has at least 1 word and no weight is negative: "
                    + shortQuestionWords + ", " + shortQuestions + ", " + longerQuestions);
        }
    }

    /** Whether the weight depends on the question's length at all (when not, it need not be counted). */
    public boolean byLength() {
        return shortQuestions != longerQuestions;
    }

    /** BM25's weight for a question with this many different words that name something. */
    public double keywordWeight(int words) {
        return words <= shortQuestionWords ? shortQuestions : longerQuestions;
    }
}
