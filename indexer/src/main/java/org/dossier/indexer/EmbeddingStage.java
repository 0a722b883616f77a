package org.dossier.indexer;

import java.time.Duration;

/**
 * The background stage that gives passages their vectors after they are keyword-searchable. Present only when an
 * embedding model is configured.
 */
public interface EmbeddingStage {

    /** How many passages carry a vector from the current model, of how many. */
    EmbeddingProgress progress();

    /**
     * Asks the pass going on now to stop after its current batch: the passages embedded so far keep their vectors,
     * the next pass (after the next indexing run, or a restart) embeds the rest. Returns at once.
     *
     * @return whether a pass was going on
     */
    boolean cancel();

    /** Waits until every passage has a vector (or a batch failed); true if the stage went idle in time. */
    boolean awaitIdle(Duration timeout) throws InterruptedException;
}
