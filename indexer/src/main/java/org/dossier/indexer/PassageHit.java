package org.dossier.indexer;

import org.jspecify.annotations.Nullable;

/**
 * A passage that matched a query, with its score, its page, slide or sheet ({@code null} when the format has none),
 * its place in the document's extracted text, and how each list of a hybrid search ranked it.
 */
public record PassageHit(long documentId, int ordinal, @Nullable Location location, int start, int end,
                         String text, float score, PassageEvidence evidence) {

    public PassageHit {
        evidence = evidence == null ? PassageEvidence.NONE : evidence;
    }

    /** A hit from one list, whose evidence is not (yet) known. */
    public PassageHit(long documentId, int ordinal, @Nullable Location location, int start, int end, String text,
                      float score) {
        this(documentId, ordinal, location, start, end, text, score, PassageEvidence.NONE);
    }

    /** The same passage with another score, as a re-ranking gives it. */
    public PassageHit withScore(float newScore) {
        return new PassageHit(documentId, ordinal, location, start, end, text, newScore, evidence);
    }

    /** The same passage with what the lists said of it. */
    public PassageHit withEvidence(PassageEvidence found) {
        return new PassageHit(documentId, ordinal, location, start, end, text, score, found);
    }

    /** The passage's key in the index ({@code documentId:ordinal}): identifies it across result lists, for fusion. */
    public String key() {
        return documentId + ":" + ordinal;
    }
}
