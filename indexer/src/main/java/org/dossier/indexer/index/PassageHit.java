package org.dossier.indexer.index;

import org.jspecify.annotations.Nullable;

/** A passage that matched a query, with its BM25 score and its place in the document's extracted text. */
public record PassageHit(long documentId, int ordinal, @Nullable Integer page, int start, int end,
                         String text, float score) {
}
