package org.dossier.indexer;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file of a source as it was indexed, checked and ready to copy out.
 *
 * @param fileName the file's own name (no folder)
 * @param size      how many bytes {@link #content} copies
 * @param mediaType what the bytes are: as the catalog recorded it, or, for a file it recorded none for (one that
 *                  was skipped), as detected from the file's first bytes and name
 */
public record OriginalFile(DocumentRecord document, String fileName, long size, String mediaType, Content content) {

    /** Copies the file's bytes, at most {@link #size()} of them; the caller owns {@code out}. */
    @FunctionalInterface
    public interface Content {
        void copyTo(OutputStream out) throws IOException;
    }
}
