package org.dossier.assistant;

import java.time.ZoneOffset;
import java.util.List;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.dossier.assistant.retrieve.MessageRef;
import org.dossier.indexer.Location;
import org.jspecify.annotations.Nullable;

/**
 * A passage an answer rests on, precise enough to check: the file, the entry of an archive, the message or the
 * attachment, the page, slide or sheet, and the character offsets of the passage in the document's extracted text.
 *
 * @param number      the [n] an answer refers to
 * @param file        the file, relative to its source folder
 * @param path        the file's absolute path on this machine
 * @param archivePath where the passage's document lies inside the file, when the file is an archive: its path
 *                    inside ({@code /memos/q3.pdf}), each nested archive closed by {@code !}
 *                    ({@code /deep/inner.zip!/docs/b.txt})
 * @param message     the email, when the passage is in a message or in an attachment of one
 * @param attachment  the attachment's name, when the passage is in one (with the path inside it if the attachment
 *                    is an archive: {@code leak.zip!/memos/q3.pdf})
 * @param location    the page, slide or sheet, for formats that have them
 * @param start       offset of the passage in the extracted text of its document
 * @param end         offset just past the passage
 * @param passage     the whole passage
 * @param sha256      the file's SHA-256 at indexing time
 * @param alsoAt      the other places of the same content (the same bytes filed in another folder, attached to an
 *                    e-mail, inside an archive), each as {@link #label()} names a place; indexed once, cited once
 */
@JsonIgnoreProperties(value = "label", allowGetters = true)
public record Citation(
        int number,
        long documentId,
        String file,
        String path,
        @Nullable String archivePath,
        @Nullable MessageRef message,
        @Nullable String attachment,
        @Nullable Location location,
        Snippet snippet,
        String passage,
        int start,
        int end,
        float score,
        String sha256,
        List<String> alsoAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    public Citation {
        alsoAt = alsoAt == null ? List.of() : List.copyOf(alsoAt); // absent from turns saved before it existed
    }

    /** A passage whose content is at this one place only. */
    public Citation(int number, long documentId, String file, String path, @Nullable String archivePath,
                    @Nullable MessageRef message, @Nullable String attachment, @Nullable Location location,
                    Snippet snippet, String passage, int start, int end, float score, String sha256) {
        this(number, documentId, file, path, archivePath, message, attachment, location, snippet, passage, start,
                end, score, sha256, List.of());
    }

    /** The same passage as the [n] of another answer. */
    public Citation numbered(int newNumber) {
        return new Citation(newNumber, documentId, file, path, archivePath, message, attachment, location, snippet,
                passage, start, end, score, sha256, alsoAt);
    }

    /**
     * How a person refers to the source, from the file inwards: {@code contract.pdf, page 3},
     * {@code leak.zip!/memos/q3.pdf, page 2}, {@code budget.xlsx, sheet “Vendors”}, or a mailbox, its folder (in a
     * .pst), the message, the attachment and its page:
     * {@code archive.pst — Inbox/Projects — message “Invoice” from Ayşe Yılmaz <ayse@…>, 2026-03-02 — attachment
     * a.pdf, page 2}. Also in the JSON, for scripts that print it.
     */
    @JsonProperty("label")
    public String label() {
        return placeLabel(file, archivePath, message, attachment, location);
    }

    /** How {@link #label()} names a place, for a place that is not (or not only) this citation's own. */
    public static String placeLabel(String file, @Nullable String archivePath, @Nullable MessageRef message,
                                    @Nullable String attachment, @Nullable Location location) {
        StringBuilder label = new StringBuilder(file);
        if (archivePath != null) {
            label.append('!').append(archivePath);
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
        if (location != null) {
            label.append(", ").append(location.label());
        }
        return label.toString();
    }
}
