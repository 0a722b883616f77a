package org.dossier.indexer.chunk;

import org.jspecify.annotations.Nullable;

/**
 * A span of a document's extracted text, small enough to cite.
 *
 * @param ordinal position among the document's passages, from 0
 * @param start   offset of the first character in the extracted text
 * @param end     offset just past the last character
 * @param page    1-based page number, or {@code null} when the format has no pages
 */
public record Passage(int ordinal, int start, int end, @Nullable Integer page, String text) {

    public Passage {
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("passage offsets [" + start + "," + end + ") do not fit its text");
        }
    }
}
