package org.dossier.assistant;

import java.util.List;


/**
 * What a front end hears while an answer is made, in this order: the passages the model is given, its text piece by
 * piece as it writes it, then the checked answer. An answer that needs no model (retrieved passages only, or the
 * documents don't hold the answer) is just {@link Done}.
 */
public sealed interface AnswerEvent {

    /** The passages the model answers from, numbered as its [n] refer to them; sent before the first token. */
    record Passages(List<Citation> passages) implements AnswerEvent {

        public Passages {
            passages = List.copyOf(passages);
        }
    }

    /**
     * A piece of the model's text as it writes it. Raw: citations are not yet checked, so a front end shows it only
     * until {@link Done} brings the checked text to put in its place.
     */
    record Token(String text) implements AnswerEvent {
    }

    /** The answer after checking, with the flags of what the check changed; always the last event. */
    record Done(Answer answer) implements AnswerEvent {
    }
}
