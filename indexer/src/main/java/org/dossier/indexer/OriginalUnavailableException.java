package org.dossier.indexer;

/** An original that cannot be handed out; the message says why and what to do, in one line. */
public class OriginalUnavailableException extends RuntimeException {

    public OriginalUnavailableException(String message) {
        super(message);
    }
}
