package org.dossier.engine;

import java.net.URI;
import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which models Dossier runs, and how. Every endpoint must be on loopback ({@link LoopbackPolicy}).
 *
 * @param runtime            how the chat model runs; empty: {@code llama-server} when a chat model file is set,
 *                           else none (answers are the retrieved passages)
 * @param chatModel          GGUF file of the chat model (llama-server and in-process runtimes)
 * @param model              the model's name on an external server (Ollama: {@code gemma4:26b})
 * @param baseUrl            an external server's OpenAI-compatible URL, ending in {@code /v1}; empty: the preset's
 * @param apiKey             key for an external server, if it wants one
 * @param llamaServer        the llama-server executable; empty: found on the PATH
 * @param contextSize        tokens of context: prompt and answer together
 * @param threads            CPU threads for llama.cpp; 0: every core
 * @param gpuLayers          layers offloaded to the GPU (Metal on a Mac); 99: all
 * @param embedding          where passage vectors come from
 * @param embeddingModel     GGUF file of the embedding model ({@code embedding: llama-server})
 * @param embeddingModelName the embedding model's name on an external server ({@code embedding: server})
 * @param rerankerModel      GGUF file of a reranker (bge-reranker-v2-m3, say), served by a llama-server that Dossier
 *                           starts with {@code --reranking}; empty, with no reranker base URL: no re-ranking
 * @param rerankerBaseUrl    instead of a file: a server the user runs that answers {@code /v1/rerank}, its URL
 *                           ending in {@code /v1}, on loopback
 * @param rerankerModelName  the reranker's name on that server
 */
@Validated
@ConfigurationProperties("dossier.engine")
public record EngineProperties(
        @Nullable Runtime runtime,
        @Nullable Path chatModel,
        @Nullable String model,
        @Nullable URI baseUrl,
        @Nullable String apiKey,
        @Nullable Path llamaServer,
        @Min(128) int contextSize,
        @Min(0) @Max(1024) int threads,
        @Min(0) int gpuLayers,
        @Nullable Embedding embedding,
        @Nullable Path embeddingModel,
        @Nullable String embeddingModelName,
        @Nullable Path rerankerModel,
        @Nullable URI rerankerBaseUrl,
        @Nullable String rerankerModelName) {

    /** How the chat model runs. */
    public enum Runtime {
        /** No chat model: answers are the retrieved passages. */
        NONE,
        /** Dossier starts the user's llama-server (current llama.cpp): the way to run large and new models. */
        LLAMA_SERVER,
        /** An Ollama the user runs, on 127.0.0.1:11434. */
        OLLAMA,
        /** An LM Studio server the user runs, on 127.0.0.1:1234. */
        LM_STUDIO,
        /** Any OpenAI-compatible server on loopback, at {@code base-url}. */
        OPENAI_COMPATIBLE,
        /** llama.cpp inside Dossier (an early-2025 build): small and older models, no install. */
        IN_PROCESS
    }

    /** Where passage vectors come from. */
    public enum Embedding {
        /** The model inside Dossier (bge-small-en-v1.5, English): works on a fresh machine. */
        BUNDLED,
        /** No vectors: keyword (BM25) search only. */
        NONE,
        /** An embedding GGUF served by a second llama-server that Dossier starts (multilingual models). */
        LLAMA_SERVER,
        /** An embedding GGUF run by the in-process llama.cpp (last-token or CLS pooling models only). */
        IN_PROCESS,
        /** The external server of {@code base-url} (Ollama, LM Studio, …), model {@code embedding-model-name}. */
        SERVER
    }

    public EngineProperties {
        runtime = runtime != null ? runtime : chatModel != null ? Runtime.LLAMA_SERVER : Runtime.NONE;
        embedding = embedding == null ? Embedding.BUNDLED : embedding;
        contextSize = contextSize == 0 ? 8192 : contextSize;
    }

    /** Threads for llama.cpp: as set, or every core. */
    public int threadsOrAllCores() {
        return threads > 0 ? threads : java.lang.Runtime.getRuntime().availableProcessors();
    }
}
