package org.dossier.assistant;

import org.jspecify.annotations.Nullable;

/**
 * A question as the user asked it, checked once where it comes in (a page, the API, the shell, the command line):
 * not empty, not a pasted document.
 *
 * @param text         the question, without surrounding blanks
 * @param conversation the conversation it continues, or {@code null} to start one
 * @param forced       ask the model even when the passages do not look like evidence for the question: the user
 *                     saw the refusal's reason and disagrees
 */
public record Question(String text, @Nullable Long conversation, boolean forced) {

    /** Longer is a pasted document, not a question: it would crowd the model's context out. */
    public static final int MAX_CHARS = 4000;

    public Question {
        if (text == null || text.isBlank()) {
            throw new UserInputException("the question is empty — ask something, e.g. ask \"who signed the contract?\"");
        }
        text = text.strip();
        if (text.length() > MAX_CHARS) {
            throw new UserInputException("the question is " + text.length() + " characters long; at most "
                    + MAX_CHARS + " are read — ask about the passage's key words instead of pasting it");
        }
    }

    /** A question asked the ordinary way: the model only when the passages are evidence. */
    public Question(String text, @Nullable Long conversation) {
        this(text, conversation, false);
    }

    /** The same question, the model asked whatever the evidence. */
    public Question forcing() {
        return new Question(text, conversation, true);
    }

    /** A question that starts a conversation. */
    public static Question of(String text) {
        return new Question(text, null);
    }
}
