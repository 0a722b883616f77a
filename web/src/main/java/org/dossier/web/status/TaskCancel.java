package org.dossier.web.status;

import org.dossier.indexer.EmbeddingStage;
import org.dossier.indexer.IndexingService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Cancels the long task going on now — the indexing run, or else the embedding pass (re-embedding after a model
 * change is one) — for the shell's {@code cancel} and the Library page's button alike, and says what it did.
 */
@Component
public final class TaskCancel {

    static final String NOTHING = "No indexing run or embedding pass is going on.";

    private final IndexingService indexing;
    private final @Nullable EmbeddingStage embedding;

    TaskCancel(IndexingService indexing, ObjectProvider<EmbeddingStage> embedding) {
        this.indexing = indexing;
        this.embedding = embedding.getIfAvailable();
    }

    public String cancel() {
        if (indexing.cancel()) {
            return "Cancelling the indexing run: it stops before its next file; what it indexed stays searchable.";
        }
        if (embedding != null && embedding.cancel()) {
            return "Cancelling the embedding pass: it stops after its current batch; the passages embedded so far keep "
                    + "their vectors, the next indexing run or a restart embeds the rest.";
        }
        return NOTHING;
    }
}
