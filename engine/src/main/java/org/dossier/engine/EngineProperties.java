package org.dossier.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which models Dossier runs, and how. Every endpoint must be on loopback ({@link LoopbackPolicy}).
 * <p>
 * This record is where each default lives: the compact constructor puts it in place of a setting left unset (null,
 * a blank text, or 0 where 0 cannot be meant), so a record made in code and one bound from configuration agree.
 * config/application.yml shows the same values to users, and a test holds the two together.
 *
 * @param runtime            how the chat model runs; unset: {@code llama-server} when a chat model file is set,
 *                           else none (answers are the retrieved passages)
 * @param chatModel          GGUF file of the chat model (llama-server and in-process runtimes)
 * @param model              the model's name on an external server (Ollama: {@code gemma4:26b})
 * @param baseUrl            an external server's OpenAI-compatible URL, ending in {@code /v1}; unset: the preset's
 * @param apiKey             key for an external server, if it wants one
 * @param llamaServer        the llama-server executable; unset: found on the PATH
 * @param contextSize        tokens of context: prompt and answer together; unset (0): 8192
 * @param threads            CPU threads for llama.cpp; 0 (the default): every core
 * @param gpuLayers          layers offloaded to the GPU (Metal on a Mac); unset: 99, all of them
 * @param embedding          where passage vectors come from; unset: bundled
 * @param embeddingModel     GGUF file of the embedding model ({@code embedding: llama-server})
 * @param embeddingModelName the embedding model's name on an external server ({@code embedding: server})
 * @param rerankerModel      GGUF file of a reranker (bge-reranker-v2-m3, say), served by a llama-server that Dossier
 *                           starts with {@code --reranking}; unset, with no reranker base URL: no re-ranking
 * @param rerankerBaseUrl    instead of a file: a server the user runs that answers {@code /v1/rerank}, its URL
 *                           ending in {@code /v1}, on loopback
 * @param rerankerModelName  the reranker's name on that server
 * @param embeddingPooling   how a managed embedding llama-server pools token vectors ({@code --pooling}) when the
 *                           GGUF header names no pooling type; unset: the header's, and a model without one is refused
 * @param chatModelSha256    the SHA-256 the chat model file must have (hex); unset: not checked. A file that no longer
 *                           matches is refused: is this file the model it claims to be?
 * @param modelFolders       folders {@code models} searches for GGUF files, before the usual places (~/models,
 *                           LM Studio's, llama.cpp's cache, Ollama's blobs)
 * @param scanUsualPlaces    whether {@code models} also searches those usual places in the home folder; unset: yes.
 *                           false: only {@code model-folders} (a test, or a machine whose home holds other people's
 *                           models)
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
        @Nullable @Min(0) Integer gpuLayers,
        @Nullable Embedding embedding,
        @Nullable Path embeddingModel,
        @Nullable String embeddingModelName,
        @Nullable Path rerankerModel,
        @Nullable URI rerankerBaseUrl,
        @Nullable String rerankerModelName,
        @Nullable EmbeddingPooling embeddingPooling,
        @Nullable @Pattern(regexp = "(?i)[0-9a-f]{64}", message = "must be 64 hexadecimal digits (a SHA-256)")
        String chatModelSha256,
        @Nullable List<Path> modelFolders,
        @Nullable Boolean scanUsualPlaces) {

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

    /** Pooling for an embedding model whose GGUF names none: what its model card says (llama-server --pooling). */
    public enum EmbeddingPooling {
        MEAN, CLS, LAST
    }

    /** Every setting at its default: what Dossier runs with when nothing is configured. */
    public static final EngineProperties DEFAULTS = new EngineProperties(null, null, null, null, null, null, 0, 0,
            null, null, null, null, null, null, null, null, null, null, null);

    public EngineProperties {
        model = unsetIfBlank(model);
        apiKey = unsetIfBlank(apiKey);
        embeddingModelName = unsetIfBlank(embeddingModelName);
        rerankerModelName = unsetIfBlank(rerankerModelName);
        runtime = runtime != null ? runtime : chatModel != null ? Runtime.LLAMA_SERVER : Runtime.NONE;
        contextSize = contextSize == 0 ? 8192 : contextSize;
        gpuLayers = gpuLayers == null ? 99 : gpuLayers;
        embedding = embedding == null ? Embedding.BUNDLED : embedding;
        chatModelSha256 = unsetIfBlank(chatModelSha256);
        modelFolders = modelFolders == null ? List.of() : List.copyOf(modelFolders);
        scanUsualPlaces = scanUsualPlaces == null || scanUsualPlaces;
    }

    /** An empty {@code key:} in application.yml binds as an empty text; it means the setting is not set. */
    private static @Nullable String unsetIfBlank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Threads for llama.cpp: as set, or every core. */
    public int threadsOrAllCores() {
        return threads > 0 ? threads : java.lang.Runtime.getRuntime().availableProcessors();
    }
}
