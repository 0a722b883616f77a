package org.dossier.indexer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One document of the catalog: a file, or a message or attachment inside one.
 *
 * @param id    the catalog's id for it (0 for a document not recorded yet)
 * @param path  the file, relative to its source folder
 * @param entry  where inside the file ('' for the file itself)
 * @param author the sender of a message, or the author of a document
 * @param title  the subject of a message, or the title or name of a document
 * @param mail   what a message says about itself; {@code null} for anything else
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
        @Nullable Instant sentAt,
        @Nullable MailHeaders mail,
        DocumentState state,
        @Nullable String reason,
        int passages) {

    /** An email message (in a mailbox, an .eml, an Outlook .msg or .pst). */
    public boolean isMessage() {
        return MailHeaders.isMessage(mediaType);
    }
}
