package org.dossier.web.selfcheck;

import java.util.List;

/**
 * A question of {@code sample-docs/README.md} and what a right answer shows.
 *
 * @param sources files (relative to sample-docs) an answer must cite; none for a question the corpus cannot answer
 * @param words   words a right answer holds
 */
record SampleQuestion(int number, String kind, String question, boolean answerable, List<String> sources,
                      List<String> words) {

    SampleQuestion {
        if (question.isBlank()) {
            throw new IllegalArgumentException("sample question " + number + " is empty");
        }
        if (answerable == sources.isEmpty()) {
            throw new IllegalArgumentException("sample question " + number + ": an answerable question names its "
                    + "sources, an unanswerable one none");
        }
        sources = List.copyOf(sources);
        words = List.copyOf(words);
    }
}
