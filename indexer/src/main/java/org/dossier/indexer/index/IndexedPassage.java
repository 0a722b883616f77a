package org.dossier.indexer.index;

import java.time.Instant;

import org.dossier.indexer.chunk.Passage;
import org.jspecify.annotations.Nullable;

/**
 * A passage with what the index needs to find, filter and cite it.
 *
 * @param author the sender of a message, or the author of a document, for filtering by sender
 */
public record IndexedPassage(long documentId, long sourceId, Passage passage, String title, String path,
                             @Nullable String mediaType, @Nullable Instant date, @Nullable String author) {

    /** The passage's key in the index: unique, and stable while its document is unchanged. */
    public String key() {
        return documentId + ":" + passage.ordinal();
    }
}
