package org.dossier.indexer;

import java.time.Duration;

/**
 * The background stage that gives passages their vectors after they are keyword-searchable. Present only when an
 * embedding model is configured.
 */
public interface EmbeddingStage {

    /** How many passages carry a vector from the current model, of how many. */
    EmbeddingProgress progress();

    /** Waits until every passage has a vector (or a batch failed); true if the stage went idle in time. */
    boolean awaitIdle(Duration timeout) throws InterruptedException;
}
