package org.dossier.indexer;

import org.jspecify.annotations.Nullable;

/**
 * Where the embedding stage stands.
 *
 * @param model     the embedding model's id
 * @param embedded  passages that carry a vector from this model
 * @param passages  all searchable passages
 * @param running   whether the stage is working now
 * @param lastError why the last batch failed, or {@code null}
 */
public record EmbeddingProgress(String model, int embedded, int passages, boolean running, @Nullable String lastError) {

    public int pending() {
        return Math.max(0, passages - embedded);
    }
}
