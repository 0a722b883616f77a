package org.dossier.indexer.catalog;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One document of the catalog: a file, or a message or attachment inside one.
 *
 * @param path  the file, relative to its source folder
 * @param entry where inside the file ('' for the file itself)
 */
public record DocumentRecord(
        long id,
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
        int passages) {

    /** An email message (in a mailbox, an .eml or an Outlook file). */
    public boolean isMessage() {
        return mediaType != null && (mediaType.startsWith("message/") || mediaType.contains("ms-outlook"));
    }
}
