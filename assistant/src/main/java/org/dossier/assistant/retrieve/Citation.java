package org.dossier.assistant.retrieve;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * A passage an answer rests on, precise enough to check: the file, the page or the message, and the character
 * offsets of the passage in the document's extracted text.
 *
 * @param number     the [n] an answer refers to
 * @param file       the file, relative to its source folder
 * @param path       the file's absolute path on this machine
 * @param page       1-based page, for formats with pages
 * @param message    the email, when the passage is in a message or in an attachment of one
 * @param attachment the attachment's name, when the passage is in one
 * @param start      offset of the passage in the extracted text of its document
 * @param end        offset just past the passage
 * @param passage    the whole passage
 * @param sha256     the file's SHA-256 at indexing time
 */
public record Citation(
        int number,
        long documentId,
        String file,
        String path,
        @Nullable Integer page,
        @Nullable MessageRef message,
        @Nullable String attachment,
        Snippet snippet,
        String passage,
        int start,
        int end,
        float score,
        String sha256) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /**
     * How a person refers to the source: file and page, or mailbox (and folder, in a .pst) and message:
     * {@code archive.pst — Inbox/Projects — message “Invoice” from Ayşe Yılmaz <ayse@…>, 2026-03-02}.
     */
    public String label() {
        StringBuilder label = new StringBuilder(file);
        if (page != null) {
            label.append(", page ").append(page);
        }
        if (message != null && message.folder() != null) {
            label.append(" — ").append(message.folder());
        }
        if (message != null) {
            label.append(" — message");
            if (message.subject() != null) {
                label.append(" “").append(message.subject()).append('”');
            }
            if (message.from() != null) {
                label.append(" from ").append(message.from());
            }
            if (message.date() != null) {
                label.append(", ").append(DAY.format(message.date()));
            }
        }
        if (attachment != null) {
            label.append(" — attachment ").append(attachment);
        }
        return label.toString();
    }
}
