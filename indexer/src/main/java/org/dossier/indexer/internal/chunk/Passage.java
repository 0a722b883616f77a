package org.dossier.indexer.internal.chunk;

import org.dossier.indexer.Location;
import org.jspecify.annotations.Nullable;

/**
 * A span of a document's extracted text, small enough to cite.
 *
 * @param ordinal  position among the document's passages, from 0
 * @param start    offset of the first character in the extracted text
 * @param end      offset just past the last character
 * @param location the page, slide or sheet it lies on, or {@code null} when the format has none of them
 */
public record Passage(int ordinal, int start, int end, @Nullable Location location, String text) {

    public Passage {
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("passage offsets [" + start + "," + end + ") do not fit its text");
        }
    }
}
