package org.dossier.assistant;

import java.time.Instant;
import java.util.List;


/**
 * One question of a conversation and the answer it got.
 *
 * @param ordinal            1 for the conversation's first question
 * @param question           as the user asked it
 * @param standaloneQuestion what was searched for: the question itself, or a follow-up rewritten to stand alone
 * @param answer             the answer's text, with its [n] citations
 * @param citations          the passages the [n] refer to, as they were when the answer was given
 */
public record Turn(int ordinal, String question, String standaloneQuestion, String answer, AnswerMode mode,
                   String notice, List<Citation> citations, Instant askedAt) {

    public Turn {
        if (ordinal < 1) {
            throw new IllegalArgumentException("a turn's ordinal starts at 1, was " + ordinal);
        }
        citations = List.copyOf(citations);
    }
}
