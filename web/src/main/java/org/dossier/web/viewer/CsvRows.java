package org.dossier.web.viewer;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchResults;
import org.jspecify.annotations.Nullable;

/**
 * Search results as CSV (RFC 4180): one row per document. A cell that a spreadsheet would read as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @} first) starts with an apostrophe: leaked file names can be planted.
 */
final class CsvRows {

    private CsvRows() {
    }

    static void header(Writer out) throws IOException {
        line(out, List.of("document_id", "path", "inside", "place", "date", "sender", "sha256", "score"));
    }

    static void row(Writer out, SearchResults.DocumentMatch match) throws IOException {
        DocumentRecord doc = match.document();
        PassageHit best = match.best().isEmpty() ? null : match.best().getFirst().passage();
        line(out, List.of(Long.toString(doc.id()), doc.path(), doc.entry(), place(doc, best),
                date(doc.sentAt() != null ? doc.sentAt() : doc.modifiedAt()),
                doc.isMessage() && doc.author() != null ? doc.author() : "", doc.sha256(),
                String.format(java.util.Locale.ROOT, "%.4f", match.score())));
    }

    /** Where the best passage is: its page, slide or sheet; or the message. */
    static String place(DocumentRecord doc, @Nullable PassageHit best) {
        if (best != null && best.location() != null) {
            return best.location().label();
        }
        if (doc.isMessage()) {
            return "message" + (doc.title() == null ? "" : " “" + doc.title() + "”");
        }
        return "";
    }

    private static String date(Instant instant) {
        return instant.toString();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
