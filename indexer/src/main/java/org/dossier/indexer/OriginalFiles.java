package org.dossier.indexer;

import java.util.NoSuchElementException;

/**
 * The original bytes of a file the catalog knows, read-only and by document id only: never by a path a caller
 * gives. A file is handed out only while it is still the one that was indexed (same size, time and SHA-256).
 */
public interface OriginalFiles {

    /**
     * The file of this document, checked against the catalog.
     *
     * @throws NoSuchElementException       when the catalog has no such document
     * @throws OriginalUnavailableException when the file cannot be handed out, with the reason (changed since it
     *                                      was indexed, gone, inside another file, its source removed)
     */
    OriginalFile open(long documentId);
}
