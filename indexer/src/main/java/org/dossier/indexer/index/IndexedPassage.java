package org.dossier.indexer.index;

import java.time.Instant;

import org.dossier.indexer.chunk.Passage;
import org.jspecify.annotations.Nullable;

/** A passage with what the index needs to find and filter it. */
public record IndexedPassage(long documentId, Passage passage, String title, String path,
                             @Nullable String mediaType, @Nullable Instant date) {
}
