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
 * @param filter       what the answer may be drawn from (a folder, a type, dates, a sender): retrieval searches only
 *                     there, by keyword and by meaning alike; {@link AskFilter#NONE} for everything
 */
public record Question(String text, @Nullable Long conversation, boolean forced, AskFilter filter) {

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
        filter = filter == null ? AskFilter.NONE : filter;
    }

    /** A question over all the documents. */
    public Question(String text, @Nullable Long conversation, boolean forced) {
        this(text, conversation, forced, AskFilter.NONE);
    }

    /** A question asked the ordinary way: the model only when the passages are evidence. */
    public Question(String text, @Nullable Long conversation) {
        this(text, conversation, false);
    }

    /** The same question, the model asked whatever the evidence. */
    public Question forcing() {
        return new Question(text, conversation, true, filter);
    }

    /** The same question, answered only from what the filter allows. */
    public Question within(AskFilter narrower) {
        return new Question(text, conversation, forced, narrower);
    }

    /** A question that starts a conversation. */
    public static Question of(String text) {
        return new Question(text, null);
    }
}
