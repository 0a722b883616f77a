package org.dossier.engine;

/** The engine of a fresh machine: no chat model, so answers are retrieval-only. */
final class UnconfiguredChatEngine implements ChatEngine {

    static final String HOW_TO_CONFIGURE = "No chat model is configured, so Dossier shows the passages that best match. "
            + "To get written answers, set dossier.engine.chat-model to a GGUF file (see README, 'Bring a model').";

    @Override
    public ModelStatus status() {
        return new ModelStatus(ModelStatus.State.NOT_CONFIGURED, HOW_TO_CONFIGURE);
    }
}
