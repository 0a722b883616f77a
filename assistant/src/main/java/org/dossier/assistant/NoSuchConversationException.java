package org.dossier.assistant;


/** A conversation id that names no stored conversation (never stored, or deleted). */
public final class NoSuchConversationException extends UserInputException {

    public NoSuchConversationException(long id) {
        super("no conversation " + id + " — list them with 'conversations list'");
    }
}
