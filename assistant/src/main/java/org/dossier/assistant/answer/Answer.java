package org.dossier.assistant.answer;

import java.util.List;

import org.dossier.assistant.retrieve.Citation;

/**
 * An answer and what it rests on.
 *
 * @param text   what Dossier says; in retrieval-only mode, a plain statement that these are retrieved passages
 * @param notice what the user can do for a better answer (configure a model, index something), or empty
 */
public record Answer(String question, AnswerMode mode, String text, List<Citation> citations, String notice) {

    public Answer {
        citations = List.copyOf(citations);
    }
}
