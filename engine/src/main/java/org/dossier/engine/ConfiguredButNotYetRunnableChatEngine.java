package org.dossier.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A chat model was configured, but this build has no runtime to run it yet. Says so plainly instead of pretending;
 * the runtimes come with the engine work (managed llama-server, Ollama, in-process llama.cpp).
 */
final class ConfiguredButNotYetRunnableChatEngine implements ChatEngine {

    private final Path chatModel;

    ConfiguredButNotYetRunnableChatEngine(Path chatModel) {
        this.chatModel = chatModel;
    }

    @Override
    public ModelStatus status() {
        if (!Files.isRegularFile(chatModel)) {
            return new ModelStatus(ModelStatus.State.FAILED, "model file not found: " + chatModel
                    + " — set dossier.engine.chat-model to an existing GGUF file");
        }
        return new ModelStatus(ModelStatus.State.FAILED, "no model runtime in this build yet for " + chatModel
                + " — answers are retrieval-only for now");
    }
}
