package org.dossier.indexer.internal.catalog;

import java.time.Instant;

/** What the catalog remembers of a file on disk, to tell whether it changed since it was indexed. */
public record FileStamp(long documentId, String path, long sizeBytes, Instant modifiedAt, String sha256,
                        String pipeline) {

    /** Unchanged, and indexed by the same extraction and chunking settings. */
    public boolean matches(long size, Instant modified, String currentPipeline) {
        return sizeBytes == size && modifiedAt.equals(modified) && pipeline.equals(currentPipeline);
    }
}
