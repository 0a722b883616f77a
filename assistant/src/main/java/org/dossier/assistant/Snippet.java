package org.dossier.assistant;

import java.util.List;

/**
 * The part of a passage worth showing, with the words that matched the question.
 *
 * @param clippedStart text of the passage precedes the snippet
 * @param clippedEnd   text of the passage follows the snippet
 */
public record Snippet(String text, List<Highlight> highlights, boolean clippedStart, boolean clippedEnd) {

    /** A matched word: offsets into the snippet's text. */
    public record Highlight(int start, int end) {
    }

    public Snippet {
        highlights = List.copyOf(highlights);
    }
}
