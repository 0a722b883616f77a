package org.dossier.engine.openai;

/** A generation that ended in an error, or did not end in time; thrown by {@code GenerationHandle.await}. */
public final class GenerationFailedException extends IllegalStateException {

    GenerationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
