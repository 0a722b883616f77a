package org.dossier.indexer.internal.index;

import java.time.Instant;

import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.internal.chunk.Passage;
import org.jspecify.annotations.Nullable;

/**
 * A passage with what the index needs to find, filter and cite it.
 *
 * @param author the sender of a message, or the author of a document, for filtering by sender
 * @param mail   the headers of the message the passage is in, for filtering by recipient and by conversation
 */
public record IndexedPassage(long documentId, long sourceId, Passage passage, String title, String path,
                             @Nullable String mediaType, @Nullable Instant date, @Nullable String author,
                             @Nullable MailHeaders mail) {

    /** A passage of a document that is not a message. */
    public IndexedPassage(long documentId, long sourceId, Passage passage, String title, String path,
                          @Nullable String mediaType, @Nullable Instant date, @Nullable String author) {
        this(documentId, sourceId, passage, title, path, mediaType, date, author, null);
    }

    /** The passage's key in the index: unique, and stable while its document is unchanged. */
    public String key() {
        return documentId + ":" + passage.ordinal();
    }
}
