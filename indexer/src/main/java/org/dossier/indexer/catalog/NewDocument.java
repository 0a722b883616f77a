package org.dossier.indexer.catalog;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A document about to be recorded; the catalog gives it its id. */
public record NewDocument(
        long sourceId,
        @Nullable Long parentId,
        String path,
        String entry,
        long sizeBytes,
        Instant modifiedAt,
        String sha256,
        @Nullable String mediaType,
        @Nullable String title,
        @Nullable String author,
        @Nullable String recipients,
        @Nullable Instant sentAt,
        @Nullable String messageId,
        DocumentState state,
        @Nullable String reason,
        int passages,
        String pipeline) {
}
