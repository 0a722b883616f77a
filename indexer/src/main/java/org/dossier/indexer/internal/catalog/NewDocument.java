package org.dossier.indexer.internal.catalog;

import java.time.Instant;

import org.dossier.indexer.DocumentState;
import org.dossier.indexer.MailHeaders;
import org.jspecify.annotations.Nullable;

/**
 * A document about to be recorded; the catalog gives it its id.
 *
 * @param author the sender of a message (the same as {@code mail.from()}), or the author of a document
 * @param mail   what a message says about itself; {@code null} for anything else
 */
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
        @Nullable Instant sentAt,
        @Nullable MailHeaders mail,
        DocumentState state,
        @Nullable String reason,
        int passages,
        String pipeline) {
}
