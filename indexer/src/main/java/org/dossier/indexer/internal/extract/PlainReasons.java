package org.dossier.indexer.internal.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Why a file was skipped or failed, in words a journalist understands: first what is wrong, then what can be done,
 * then the parser's own message in brackets for whoever wants the detail. A parser speaks of
 * {@code ZeroByteFileException} and {@code ByteChunk cannot be cast}; the Library page groups reasons by their first
 * part ({@code org.dossier.indexer.ReasonCount#headlineOf}), so that part names the kind of problem and nothing
 * specific to one file.
 */
public final class PlainReasons {

    public static final String EMPTY_FILE = "empty file (0 bytes) — nothing to index";
    public static final String ENCRYPTED = "encrypted or password-protected — Dossier cannot open it without the "
            + "password; put an unprotected copy in the folder to index it";
    public static final String UNSUPPORTED = "a file type Dossier cannot read — nothing to do unless it holds text: "
            + "then convert it to PDF or plain text";
    public static final String NO_TEXT_AFTER_OCR = "no text found, not even by OCR — a blank page, or a scan too "
            + "faint to read";
    public static final String NOTHING_RETURNED = "the parser found nothing in it — the file may be damaged; if it "
            + "opens in its own program, save a copy as PDF to index that";

    /** The kinds of problem a parser's error shows: each said plainly, with the errors that show it. */
    private enum Problem {
        // in this order: an XML error that mentions the end of the file is still the XML's problem
        BAD_XML("its XML is malformed or unsafe (Dossier refuses XML that points outside the file) — nothing to do "
                + "unless the file matters: then open and save it again in its own program",
                Set.of("SAXParseException", "SAXException", "XMLStreamException", "WstxParsingException")),
        CUT_SHORT("the file is cut short or damaged (perhaps not copied completely) — copy it again from "
                + "where it came",
                Set.of("EOFException", "ZipException", "TruncatedChunkException", "UnexpectedEndOfFileException")),
        /** Errors a parser throws when a file's bytes are not what its format promises. */
        DAMAGED("the file's internal structure is damaged or unusual; Tika could not read it — if it opens in its "
                + "own program, save a copy (as PDF, say) to index that",
                Set.of("ClassCastException", "ArrayIndexOutOfBoundsException", "IndexOutOfBoundsException",
                        "StringIndexOutOfBoundsException", "NullPointerException", "NegativeArraySizeException",
                        "IllegalArgumentException", "IllegalStateException", "BufferUnderflowException",
                        "RecordFormatException", "ArithmeticException", "NoSuchElementException",
                        "UnsupportedOperationException", "OldFileFormatException", "NotOfficeXmlFileException",
                        "OfficeXmlFileException", "InvalidOperationException")),
        UNREADABLE("Tika could not read it — the file may be damaged, or a variant of its format Tika does not know",
                Set.of());

        private static final List<String> CUT_SHORT_WORDS = List.of("truncated", "unexpected end", "end of file",
                "premature end", "missing trailer");

        private final String words;
        private final Set<String> errors;

        Problem(String words, Set<String> errors) {
            this.words = words;
            this.errors = errors;
        }

        static Problem of(String errorName, @Nullable String message) {
            for (Problem problem : values()) {
                if (problem.errors.contains(errorName) || problem == CUT_SHORT && mentionsCutShort(message)) {
                    return problem;
                }
            }
            return UNREADABLE;
        }

        private static boolean mentionsCutShort(@Nullable String message) {
            if (message == null) {
                return false;
            }
            String lower = message.toLowerCase(Locale.ROOT);
            return CUT_SHORT_WORDS.stream().anyMatch(lower::contains);
        }
    }

    private PlainReasons() {
    }

    /** Why a parse failed, from what the parser threw: the innermost cause names the problem best. */
    public static String failed(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return explain(cause.getClass().getSimpleName(), cause.getMessage());
    }

    /**
     * Why an embedded document failed, from the first line of the stack trace Tika records for it
     * ({@code org.apache.poi…ByteChunkException: message}).
     */
    public static String failedEmbedded(String firstLine) {
        int colon = firstLine.indexOf(": ");
        String className = colon < 0 ? firstLine.strip() : firstLine.substring(0, colon);
        String message = colon < 0 ? null : firstLine.substring(colon + 2);
        return explain(className.substring(className.lastIndexOf('.') + 1), message);
    }

    /** An embedded part that is simply empty (a 0-byte inline image in a .doc, say): nothing to index, no failure. */
    public static boolean isEmptyPart(@Nullable String firstLine) {
        return firstLine != null && firstLine.contains("ZeroByteFileException");
    }

    /** A file with no extractable text, of a type that should have some. */
    public static String noText(String mediaType) {
        return "no text in it (" + mediaType + ") — nothing to index unless it shows text: then it is an image of text "
                + "and needs OCR (install tesseract)";
    }

    private static String explain(String errorName, @Nullable String message) {
        String detail = errorName + (message == null || message.isBlank() ? "" : ": " + firstLine(message));
        return Problem.of(errorName, message).words + " (" + shortened(detail) + ")";
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse(message).strip();
    }

    private static String shortened(String detail) {
        return detail.length() > 300 ? detail.substring(0, 300) + "…" : detail;
    }

    /**
     * What a cut left, in plain words. The character limit holds for a file with everything in it (for an mbox or a
     * .pst, for each message with its attachments), so the characters counted are those of all its parts.
     */
    public static String cut(long characters) {
        return String.format(Locale.ROOT, "first %,d characters indexed — the rest is over the limits "
                + "(dossier.indexer.max-extracted-chars; in archives also the entry count): raise them to index more",
                characters);
    }
}
