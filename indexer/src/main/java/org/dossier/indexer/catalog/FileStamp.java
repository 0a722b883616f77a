package org.dossier.indexer.catalog;

import java.time.Instant;

/** What the catalog remembers of a file on disk, to tell whether it changed since it was indexed. */
public record FileStamp(long documentId, String path, long sizeBytes, Instant modifiedAt, String sha256) {

    public boolean matches(long size, Instant modified) {
        return sizeBytes == size && modifiedAt.equals(modified);
    }
}
