package org.dossier.engine;

/** A chat model Dossier will not run, and says why: until the reason is dealt with, answers are the passages. */
final class RefusedChatEngine implements ChatEngine {

    private final String reason;

    RefusedChatEngine(String reason) {
        this.reason = reason;
    }

    @Override
    public ModelStatus status() {
        return new ModelStatus(ModelStatus.State.FAILED, reason);
    }
}
