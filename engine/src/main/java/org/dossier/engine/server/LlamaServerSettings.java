package org.dossier.engine.server;

import java.nio.file.Path;
import java.time.Duration;

import org.dossier.engine.EngineProperties;

/**
 * How to run one llama-server.
 *
 * @param binary         the llama-server executable; {@code null} to look for it on the PATH
 * @param model          the GGUF file to serve
 * @param port           on 127.0.0.1; 0 to pick a free one (and another if it is taken before the server binds)
 * @param contextSize    tokens of context ({@code -c})
 * @param threads        CPU threads ({@code -t})
 * @param gpuLayers      layers offloaded to a GPU ({@code -ngl}); builds without a GPU ignore it
 * @param role           what the server is for: chat, embeddings or re-ranking
 * @param startTimeout   how long loading the model may take before Dossier gives up
 * @param restartBackoff the wait before the first restart after a crash; doubled for each crash in a row
 * @param maxRestarts    crashes in a row after which Dossier stops restarting and says FAILED
 */
public record LlamaServerSettings(Path binary, Path model, int port, int contextSize, int threads, int gpuLayers,
                                  Role role, Duration startTimeout, Duration restartBackoff, int maxRestarts) {

    /** Loading a large model from a slow disk can take this long; then Dossier gives up. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    /** The wait before the first restart after a crash. */
    static final Duration RESTART_BACKOFF = Duration.ofSeconds(1);
    /** Crashes in a row that are restarted. */
    static final int MAX_RESTARTS = 5;

    /** What one llama-server is for; each model file comes from its own setting. */
    public enum Role {
        /** {@code /v1/chat/completions}. */
        CHAT("dossier.engine.chat-model"),
        /** {@code /v1/embeddings} only ({@code --embeddings}). */
        EMBEDDINGS("dossier.engine.embedding-model"),
        /** {@code /v1/rerank} only ({@code --reranking}), for a cross-encoder such as bge-reranker-v2-m3. */
        RERANKING("dossier.engine.reranker-model");

        private final String modelSetting;

        Role(String modelSetting) {
            this.modelSetting = modelSetting;
        }

        /** The setting that names this role's model file, for messages that say what to change. */
        public String modelSetting() {
            return modelSetting;
        }
    }

    public LlamaServerSettings {
        if (role == null) {
            throw new IllegalArgumentException("a llama-server needs a role: chat, embeddings or reranking");
        }
        if (model == null) {
            throw new IllegalArgumentException("no model file — set " + role.modelSetting() + " to a GGUF file");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, was " + port);
        }
        if (contextSize < 0 || threads < 1 || gpuLayers < 0 || maxRestarts < 0) {
            throw new IllegalArgumentException("context size, GPU layers and restarts cannot be negative, and at least"
                    + " one thread is needed");
        }
        if (startTimeout == null || restartBackoff == null) {
            throw new IllegalArgumentException("start timeout and restart back-off are required");
        }
    }

    /** A chat server as the engine settings say: executable, context, threads and GPU layers, on any free port. */
    public static LlamaServerSettings chat(Path model, EngineProperties engine) {
        return new LlamaServerSettings(engine.llamaServer(), model, 0, engine.contextSize(),
                engine.threadsOrAllCores(), engine.gpuLayers(), Role.CHAT, START_TIMEOUT, RESTART_BACKOFF,
                MAX_RESTARTS);
    }

    /**
     * A chat server with the default settings ({@link EngineProperties#DEFAULTS}): 8k context, every core, all
     * layers on the GPU where there is one (Metal on Apple silicon), the llama-server found on the PATH.
     */
    public static LlamaServerSettings chat(Path model) {
        return chat(model, EngineProperties.DEFAULTS);
    }

    /** An embedding server: its context need only hold the longest passage. */
    public static LlamaServerSettings embeddings(Path model) {
        return chat(model).withContextSize(2048).withRole(Role.EMBEDDINGS);
    }

    /**
     * A re-ranking server: each query and passage pair is read in one pass, so 2048 tokens hold the longest passage
     * with the question and room to spare.
     */
    public static LlamaServerSettings reranking(Path model) {
        return chat(model).withContextSize(2048).withRole(Role.RERANKING);
    }

    /** The model file's name, which is what the server's clients call the model. */
    String modelName() {
        return model.getFileName().toString();
    }

    public LlamaServerSettings withBinary(Path newBinary) {
        return new LlamaServerSettings(newBinary, model, port, contextSize, threads, gpuLayers, role,
                startTimeout, restartBackoff, maxRestarts);
    }

    LlamaServerSettings withPort(int newPort) {
        return new LlamaServerSettings(binary, model, newPort, contextSize, threads, gpuLayers, role,
                startTimeout, restartBackoff, maxRestarts);
    }

    LlamaServerSettings withContextSize(int newContextSize) {
        return new LlamaServerSettings(binary, model, port, newContextSize, threads, gpuLayers, role,
                startTimeout, restartBackoff, maxRestarts);
    }

    LlamaServerSettings withRole(Role newRole) {
        return new LlamaServerSettings(binary, model, port, contextSize, threads, gpuLayers, newRole,
                startTimeout, restartBackoff, maxRestarts);
    }

    LlamaServerSettings withRestarts(Duration newBackoff, int newMaxRestarts) {
        return new LlamaServerSettings(binary, model, port, contextSize, threads, gpuLayers, role,
                startTimeout, newBackoff, newMaxRestarts);
    }
}
