package org.dossier.indexer.extract;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The text and metadata of one document: the file itself ({@code entry} empty) or something embedded in it,
 * such as a message in a mailbox ({@code entry} is Tika's embedded resource path).
 *
 * @param author        the sender of a message, or the author of a document
 * @param sentAt        when a message was sent, or a document created
 * @param mail          what a message says about itself; {@code null} for anything but a message
 * @param pageStarts    offsets in {@code text} where pages 1, 2, … begin; empty for formats without pages
 * @param headingStarts offsets in {@code text} where headings (and spreadsheet sheets) begin: good places to cut
 * @param error         why an embedded document could not be read, or {@code null}
 */
public record ExtractedPart(
        String entry,
        @Nullable String mediaType,
        @Nullable String title,
        @Nullable String author,
        @Nullable Instant sentAt,
        @Nullable MailHeaders mail,
        String text,
        List<Integer> pageStarts,
        List<Integer> headingStarts,
        boolean truncated,
        @Nullable String error) {

    public ExtractedPart {
        pageStarts = List.copyOf(pageStarts);
        headingStarts = List.copyOf(headingStarts);
    }

    /** An email message, whose quoted replies repeat earlier messages. */
    public boolean isMessage() {
        return MailHeaders.isMessage(mediaType);
    }

    public boolean isContainer() {
        return entry.isEmpty();
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    /** Page number (1-based) at a character offset, or {@code null} when the format has no pages. */
    public @Nullable Integer pageAt(int offset) {
        if (pageStarts.isEmpty()) {
            return null;
        }
        int page = 0;
        while (page < pageStarts.size() && pageStarts.get(page) <= offset) {
            page++;
        }
        return Math.max(page, 1);
    }
}
