package org.dossier.engine;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which models Dossier runs.
 *
 * @param chatModel a GGUF file for the chat model; {@code null}: none, answers are the retrieved passages themselves
 * @param embedding which embedding model gives passages their vectors for hybrid search
 */
@Validated
@ConfigurationProperties("dossier.engine")
public record EngineProperties(@Nullable Path chatModel, @Nullable Embedding embedding) {

    /** Where passage vectors come from. */
    public enum Embedding {
        /** The model inside Dossier (bge-small-en-v1.5, English): works on a fresh machine. */
        BUNDLED,
        /** No vectors: keyword (BM25) search only. */
        NONE
    }

    public EngineProperties {
        embedding = embedding == null ? Embedding.BUNDLED : embedding;
    }
}
