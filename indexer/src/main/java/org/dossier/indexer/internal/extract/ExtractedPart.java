package org.dossier.indexer.internal.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dossier.indexer.Location;
import org.dossier.indexer.MailHeaders;
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
 * @param sections      where the slides of a presentation or the sheets of a spreadsheet begin, in order; such a
 *                      document has no pages. Empty for other formats
 * @param sha256        the SHA-256 of an embedded document's own bytes (an attachment, an archive entry, a message
 *                      in a mailbox), by which a copy of something already indexed is known; {@code null} for the
 *                      file itself (hashed before extraction) and when Tika handed over no bytes
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
        @Nullable String error,
        List<Section> sections,
        @Nullable String sha256) {

    public ExtractedPart {
        pageStarts = List.copyOf(pageStarts);
        headingStarts = List.copyOf(headingStarts);
        sections = List.copyOf(sections);
    }

    /** A part whose own bytes were not hashed. */
    public ExtractedPart(String entry, @Nullable String mediaType, @Nullable String title, @Nullable String author,
                         @Nullable Instant sentAt, @Nullable MailHeaders mail, String text, List<Integer> pageStarts,
                         List<Integer> headingStarts, boolean truncated, @Nullable String error,
                         List<Section> sections) {
        this(entry, mediaType, title, author, sentAt, mail, text, pageStarts, headingStarts, truncated, error,
                sections, null);
    }

    /** A part without slides or sheets. */
    public ExtractedPart(String entry, @Nullable String mediaType, @Nullable String title, @Nullable String author,
                         @Nullable Instant sentAt, @Nullable MailHeaders mail, String text, List<Integer> pageStarts,
                         List<Integer> headingStarts, boolean truncated, @Nullable String error) {
        this(entry, mediaType, title, author, sentAt, mail, text, pageStarts, headingStarts, truncated, error,
                List.of());
    }

    /** The same part, found inside the document at {@code entry}: its own entry moves under it. */
    public ExtractedPart under(String entry) {
        return new ExtractedPart(entry + this.entry, mediaType, title, author, sentAt, mail, text, pageStarts,
                headingStarts, truncated, error, sections);
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

    /** Where each page, slide or sheet begins, in order; empty when the format has none of them. */
    public List<Section> locations() {
        if (!sections.isEmpty()) {
            return sections;
        }
        List<Section> pages = new ArrayList<>(pageStarts.size());
        for (int start : pageStarts) {
            pages.add(new Section(start, Location.page(pages.size() + 1)));
        }
        return pages;
    }

    /**
     * The page, slide or sheet at a character offset, or {@code null} when the format has none. Text before the
     * first one (rare: a title Tika writes before the first page) counts as in the first.
     */
    public @Nullable Location locationAt(int offset) {
        List<Section> locations = locations();
        if (locations.isEmpty()) {
            return null;
        }
        Location at = locations.getFirst().location();
        for (Section section : locations) {
            if (section.start() > offset) {
                break;
            }
            at = section.location();
        }
        return at;
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
