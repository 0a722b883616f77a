package org.dossier.engine.server;

/** Why llama-server could not be started, in one line that says what to do. */
final class LlamaServerException extends RuntimeException {

    private final boolean portInUse;

    LlamaServerException(String message) {
        this(message, false);
    }

    LlamaServerException(String message, boolean portInUse) {
        super(message);
        this.portInUse = portInUse;
    }

    /** The server could not bind its port: another try on another port may work. */
    boolean portInUse() {
        return portInUse;
    }
}
