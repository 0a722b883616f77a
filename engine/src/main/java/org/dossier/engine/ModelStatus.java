package org.dossier.engine;

/** What the chat model is doing now, with a sentence a user can act on. */
public record ModelStatus(State state, String detail) {

    public enum State { NOT_CONFIGURED, LOADING, READY, FAILED }

    public ModelStatus {
        if (state == null || detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("a model status needs a state and a detail");
        }
    }

    public boolean ready() {
        return state == State.READY;
    }
}
