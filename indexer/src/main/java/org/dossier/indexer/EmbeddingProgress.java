package org.dossier.indexer;

import org.jspecify.annotations.Nullable;

/**
 * Where the embedding stage stands.
 *
 * @param model        the embedding model's id
 * @param embedded     passages that carry a vector from this model
 * @param passages     all searchable passages
 * @param unembeddable passages this model could not embed (empty ones, ones it rejected): skipped, so that one bad
 *                     passage never holds up the rest; they stay keyword-searchable
 * @param running      whether the stage is working now
 * @param lastError    why the stage stopped before every passage had its vector (the model did not load, say), or
 *                     {@code null} while it has not stopped
 */
public record EmbeddingProgress(String model, int embedded, int passages, int unembeddable, boolean running,
                                @Nullable String lastError) {

    /** Passages still waiting for a vector. */
    public int pending() {
        return Math.max(0, passages - embedded - unembeddable);
    }

    /** Whether the stage stopped with passages still waiting: hybrid search is then partly keyword search only. */
    public boolean stopped() {
        return lastError != null && !running;
    }
}
