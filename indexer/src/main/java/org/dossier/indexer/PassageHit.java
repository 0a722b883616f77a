package org.dossier.indexer;

import org.jspecify.annotations.Nullable;

/**
 * A passage that matched a query, with its score, its page, slide or sheet ({@code null} when the format has none)
 * and its place in the document's extracted text.
 */
public record PassageHit(long documentId, int ordinal, @Nullable Location location, int start, int end,
                         String text, float score) {

    /** The same passage with another score, as a re-ranking gives it. */
    public PassageHit withScore(float newScore) {
        return new PassageHit(documentId, ordinal, location, start, end, text, newScore);
    }

    /** The passage's key in the index ({@code documentId:ordinal}): identifies it across result lists, for fusion. */
    public String key() {
        return documentId + ":" + ordinal;
    }
}
