package org.dossier.engine.server;

import java.nio.file.Path;
import java.time.Duration;

import org.dossier.engine.EngineProperties;
import org.jspecify.annotations.Nullable;

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
 * @param pooling        for an embedding server whose GGUF names no pooling type: the one to use; {@code null}: the
 *                       header's ({@link EmbeddingServerPooling})
 */
public record LlamaServerSettings(Path binary, Path model, int port, int contextSize, int threads, int gpuLayers,
                                  Role role, Duration startTimeout, Duration restartBackoff, int maxRestarts,
                                  EngineProperties.@Nullable EmbeddingPooling pooling) {

    /**
     * Slots (requests served at once) of every managed server. Dossier sends one request at a time to each model — an
     * answer, a follow-up rewrite before it, a batch of passages — and a second question waits in the server's queue.
     * Left to itself a current llama-server opens 4 slots, and without a unified KV cache each gets a quarter of
     * {@code -c}: one slot with all of it is what the context setting means.
     */
    static final int SLOTS = 1;

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
                MAX_RESTARTS, engine.embeddingPooling());
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
                startTimeout, restartBackoff, maxRestarts, pooling);
    }

    LlamaServerSettings withPort(int newPort) {
        return new LlamaServerSettings(binary, model, newPort, contextSize, threads, gpuLayers, role,
                startTimeout, restartBackoff, maxRestarts, pooling);
    }

    LlamaServerSettings withContextSize(int newContextSize) {
        return new LlamaServerSettings(binary, model, port, newContextSize, threads, gpuLayers, role,
                startTimeout, restartBackoff, maxRestarts, pooling);
    }

    /** With the pooling to use when the embedding model's header names none. */
    public LlamaServerSettings withPooling(EngineProperties.@Nullable EmbeddingPooling newPooling) {
        return new LlamaServerSettings(binary, model, port, contextSize, threads, gpuLayers, role,
                startTimeout, restartBackoff, maxRestarts, newPooling);
    }

    LlamaServerSettings withRole(Role newRole) {
        return new LlamaServerSettings(binary, model, port, contextSize, threads, gpuLayers, newRole,
                startTimeout, restartBackoff, maxRestarts, pooling);
    }

    LlamaServerSettings withRestarts(Duration newBackoff, int newMaxRestarts) {
        return new LlamaServerSettings(binary, model, port, contextSize, threads, gpuLayers, role,
                startTimeout, newBackoff, newMaxRestarts, pooling);
    }
}
