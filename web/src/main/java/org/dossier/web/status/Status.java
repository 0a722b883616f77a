package org.dossier.web.status;

import java.util.List;

import org.dossier.engine.ModelStatus;
import org.dossier.indexer.EmbeddingProgress;
import org.dossier.indexer.StateCounts;
import org.jspecify.annotations.Nullable;

/**
 * @param counts     documents by state (files, messages and attachments alike), and files alone
 * @param passages   passages searchable now
 * @param embedding  how far the background embedding stage is, or {@code null} when embeddings are off
 * @param notIndexed the most recent documents that were skipped or failed, with the reason
 */
public record Status(String dataDir, List<String> sources, StateCounts counts, int passages, ModelStatus model,
                     @Nullable EmbeddingProgress embedding, List<NotIndexed> notIndexed) {

    /** A document that was skipped or failed, and why. */
    public record NotIndexed(long id, String file, @Nullable String entry, String state, @Nullable String reason) {
    }
}
