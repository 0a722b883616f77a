package org.dossier.engine.rerank;

/** Why a re-ranking request got no scores, in one line that says what to check. */
public final class RerankException extends RuntimeException {

    RerankException(String message) {
        super(message);
    }
}
