package org.dossier.engine.gguf;

/** A model file that cannot be used, with a one-line message saying what to do about it. */
public class GgufException extends RuntimeException {

    public GgufException(String message) {
        super(message);
    }

    public GgufException(String message, Throwable cause) {
        super(message, cause);
    }
}
