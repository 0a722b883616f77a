package org.dossier.assistant.answer;

import java.util.List;

/**
 * What the best few passages of a search say for a question: the measures {@link Answerability} decides on, and
 * what a refusal tells the user.
 *
 * @param coverage   share of the question's content words ({@link QuestionWords}) that the best passages hold
 *                   between them — a question's words are often spread over two passages
 * @param similarity the highest similarity of the best passages' vectors to the question's, on the scale
 *                   {@code (1 + cosine) / 2}; 0 when the search had no vectors
 * @param agreed     how many of the best passages both BM25 and the vectors ranked within their first
 *                   {@value EvidenceReader#AGREEMENT_DEPTH}
 * @param missing    the question's content words, as the user wrote them, that none of the best passages holds
 * @param nearest    a short label of the best passage (its first words), or empty when nothing was found
 * @param rerankScore the reranker's highest score among the best passages (its own scale), or {@code NaN} when no
 *                    reranker ran
 */
public record Evidence(double coverage, float similarity, int agreed, List<String> missing, String nearest,
                       double rerankScore) {

    public Evidence {
        missing = List.copyOf(missing);
    }

    /** Whether a reranker read the question with the best passages. */
    public boolean reranked() {
        return !Double.isNaN(rerankScore);
    }

    /** Whether there were vectors to compare: without an embedding model only the words can speak. */
    public boolean hasVectors() {
        return similarity > 0;
    }
}
