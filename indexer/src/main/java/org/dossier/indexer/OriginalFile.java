package org.dossier.indexer;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file of a source as it was indexed, checked and ready to copy out.
 *
 * @param fileName the file's own name (no folder)
 * @param size     how many bytes {@link #content} copies
 */
public record OriginalFile(DocumentRecord document, String fileName, long size, Content content) {

    /** Copies the file's bytes, at most {@link #size()} of them; the caller owns {@code out}. */
    @FunctionalInterface
    public interface Content {
        void copyTo(OutputStream out) throws IOException;
    }
}
