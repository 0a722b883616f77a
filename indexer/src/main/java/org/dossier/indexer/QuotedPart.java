package org.dossier.indexer;

/**
 * Text of a message that quotes an earlier one ({@code >} lines and the "On … wrote:" line before them, an
 * "Original Message" tail): not in any passage, kept to be shown in its place.
 *
 * @param start where it starts in the message's extracted text
 * @param end   just past its end
 * @param text  the quote; shorter than {@code end - start} when it was cut at the stored limit
 */
public record QuotedPart(int start, int end, String text) {

    public QuotedPart {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("quote offsets [" + start + "," + end + ") are no range");
        }
    }

    /** Whether only the start of the quote was kept. */
    public boolean cut() {
        return text.length() < end - start;
    }

    /** The line the quote opens with ("On Fri, 11 Oct 2024, Lena Hartmann wrote:", "-----Original Message-----"). */
    public String firstLine() {
        return text.strip().lines().findFirst().orElse("").strip();
    }
}
