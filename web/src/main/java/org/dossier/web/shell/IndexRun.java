package org.dossier.web.shell;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.dossier.indexer.EmbeddingProgress;
import org.dossier.indexer.IndexReport;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code index} command reports: the run's counts (at the top level of its JSON, as before vectors were
 * reported) and where the vectors stand once the embedding stage went idle, so that a run whose vectors did not get
 * done never reads as finished.
 *
 * @param vectors the embedding stage's progress, or {@code null} when embeddings are off
 */
public record IndexRun(@JsonUnwrapped IndexReport report, @Nullable EmbeddingProgress vectors) {

    /** Why the vectors are not done (the stage stopped, or was still working when the command gave up), or null. */
    public @Nullable String vectorsNotDone() {
        if (vectors == null) {
            return null;
        }
        if (vectors.lastError() != null) {
            return vectors.lastError();
        }
        return vectors.pending() > 0 ? vectors.pending() + " passages still wait for their vectors" : null;
    }
}
