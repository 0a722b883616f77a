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
 */
public record Evidence(double coverage, float similarity, int agreed, List<String> missing, String nearest) {

    public Evidence {
        missing = List.copyOf(missing);
    }

    /** Whether there were vectors to compare: without an embedding model only the words can speak. */
    public boolean hasVectors() {
        return similarity > 0;
    }
}
