package org.dossier.assistant.answer;

import java.util.List;

import org.dossier.assistant.retrieve.Citation;

/**
 * An answer and what it rests on.
 *
 * @param text             what Dossier says; in retrieval-only mode, a plain statement that these are retrieved
 *                         passages
 * @param citations        the passages, numbered as the answer's [n] refer to them
 * @param notice           what the user can do for a better answer (configure a model, index something), or empty
 * @param invalidCitations numbers the model cited that matched no passage (removed from the text)
 * @param quotes           quotations in the answer and whether each was found verbatim in a cited passage
 */
public record Answer(String question, AnswerMode mode, String text, List<Citation> citations, String notice,
                     List<Integer> invalidCitations, List<QuoteCheck> quotes) {

    public Answer {
        citations = List.copyOf(citations);
        invalidCitations = List.copyOf(invalidCitations);
        quotes = List.copyOf(quotes);
    }

    /** An answer made of retrieved passages alone. */
    public static Answer retrieved(String question, String text, List<Citation> citations, String notice) {
        return new Answer(question, AnswerMode.RETRIEVAL_ONLY, text, citations, notice, List.of(), List.of());
    }
}
