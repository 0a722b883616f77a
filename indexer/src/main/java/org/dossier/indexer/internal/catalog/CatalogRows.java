package org.dossier.indexer.internal.catalog;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.SourceRecord;
import org.jspecify.annotations.Nullable;

/** How sources and documents sit in the catalog's tables: the columns read, and values to and from them. */
final class CatalogRows {

    /** Size of the list columns (recipients, references). */
    static final int LIST_CHARS = 16384;
    static final String SOURCE_COLUMNS = "id, path, added_at, include_globs, exclude_globs";
    static final String DOCUMENT_COLUMNS = """
            id, source_id, parent_id, path, entry, size_bytes, modified_at, sha256, media_type, title, author,
            sent_at, message_id, mail_to, mail_cc, in_reply_to, mail_references, mail_folder, state, reason,
            passages""";

    private CatalogRows() {
    }

    static SourceRecord source(ResultSet rs, int row) throws SQLException {
        return new SourceRecord(rs.getLong("id"), Path.of(rs.getString("path")), instant(rs, "added_at"),
                lines(rs.getString("include_globs")), lines(rs.getString("exclude_globs")));
    }

    static DocumentRecord document(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        boolean parentNull = rs.wasNull();
        String mediaType = rs.getString("media_type");
        MailHeaders mail = !MailHeaders.isMessage(mediaType) ? null : new MailHeaders(
                rs.getString("author"),
                lines(rs.getString("mail_to")),
                lines(rs.getString("mail_cc")),
                rs.getString("message_id"),
                rs.getString("in_reply_to"),
                lines(rs.getString("mail_references")),
                rs.getString("mail_folder"));
        return new DocumentRecord(
                rs.getLong("id"),
                rs.getLong("source_id"),
                parentNull ? null : parent,
                rs.getString("path"),
                rs.getString("entry"),
                rs.getLong("size_bytes"),
                instant(rs, "modified_at"),
                rs.getString("sha256"),
                mediaType,
                rs.getString("title"),
                rs.getString("author"),
                instant(rs, "sent_at"),
                mail,
                DocumentState.valueOf(rs.getString("state")),
                rs.getString("reason"),
                rs.getInt("passages"));
    }

    static List<String> lines(@Nullable String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }

    /** One value per line, as many whole values as fit: a list cut inside a value would name someone else. */
    static @Nullable String lines(List<String> values, int max) {
        StringBuilder joined = new StringBuilder();
        for (String value : values) {
            String one = value.replace('\n', ' ');
            if (joined.length() + one.length() + 1 > max) {
                break;
            }
            joined.append(joined.isEmpty() ? "" : "\n").append(one);
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
