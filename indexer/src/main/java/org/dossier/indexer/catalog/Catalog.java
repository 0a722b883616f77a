package org.dossier.indexer.catalog;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The catalog's reads and writes. Sources and documents only; passage text lives in the index. */
public class Catalog {

    private static final String DOCUMENT_COLUMNS = """
            id, source_id, parent_id, path, entry, size_bytes, modified_at, sha256, media_type, title, author,
            recipients, sent_at, message_id, state, reason, passages""";

    private final JdbcClient jdbc;

    public Catalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The source for a folder, added if new. */
    public SourceRecord ensureSource(Path folder) {
        String path = folder.toString();
        return findSource(path).orElseGet(() -> {
            jdbc.sql("INSERT INTO source (path, added_at) VALUES (?, ?)").params(path, utc(Instant.now())).update();
            return findSource(path).orElseThrow();
        });
    }

    public List<SourceRecord> sources() {
        return jdbc.sql("SELECT id, path, added_at FROM source ORDER BY id").query(Catalog::source).list();
    }

    /** The files (not their messages or attachments) recorded for a source. */
    public List<FileStamp> fileStamps(long sourceId) {
        return jdbc.sql("SELECT id, path, size_bytes, modified_at FROM document WHERE source_id = ? AND entry = ''")
                .param(sourceId)
                .query((rs, row) -> new FileStamp(rs.getLong("id"), rs.getString("path"), rs.getLong("size_bytes"),
                        instant(rs, "modified_at")))
                .list();
    }

    public long insert(NewDocument doc) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO document (source_id, parent_id, path, entry, size_bytes, modified_at, sha256,
                            media_type, title, author, recipients, sent_at, message_id, state, reason, passages,
                            indexed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(doc.sourceId(), doc.parentId(), doc.path(), doc.entry(), doc.sizeBytes(),
                        utc(doc.modifiedAt()), doc.sha256(), clip(doc.mediaType(), 255), clip(doc.title(), 1024),
                        clip(doc.author(), 1024), clip(doc.recipients(), 4096), utc(doc.sentAt()),
                        clip(doc.messageId(), 1024), doc.state().name(), clip(doc.reason(), 2048), doc.passages(),
                        utc(Instant.now()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Ids of a document and everything inside it, so their passages can leave the index. */
    public List<Long> treeIds(long documentId) {
        return jdbc.sql("""
                        WITH RECURSIVE tree(id) AS (
                            SELECT id FROM document WHERE id = ?
                            UNION ALL
                            SELECT d.id FROM document d JOIN tree t ON d.parent_id = t.id)
                        SELECT id FROM tree""")
                .param(documentId).query(Long.class).list();
    }

    /** Removes a document; its messages and attachments go with it (cascade). */
    public void delete(long documentId) {
        jdbc.sql("DELETE FROM document WHERE id = ?").param(documentId).update();
    }

    public List<DocumentRecord> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE id IN (:ids)")
                .param("ids", ids).query(Catalog::document).list();
    }

    public Optional<DocumentRecord> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    public Optional<SourceRecord> findSource(long id) {
        return jdbc.sql("SELECT id, path, added_at FROM source WHERE id = ?").param(id).query(Catalog::source).optional();
    }

    public StateCounts counts() {
        return jdbc.sql("""
                        SELECT
                          (SELECT COUNT(*) FROM document WHERE entry = '') AS files,
                          (SELECT COUNT(*) FROM document WHERE state = 'INDEXED') AS indexed,
                          (SELECT COUNT(*) FROM document WHERE state = 'SKIPPED') AS skipped,
                          (SELECT COUNT(*) FROM document WHERE state = 'FAILED') AS failed,
                          (SELECT COUNT(*) FROM source) AS sources""")
                .query((rs, row) -> new StateCounts(rs.getLong("files"), rs.getLong("indexed"), rs.getLong("skipped"),
                        rs.getLong("failed"), rs.getLong("sources")))
                .single();
    }

    /** Documents that were not indexed, with their reasons, most recent first. */
    public List<DocumentRecord> notIndexed(int limit) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE state <> 'INDEXED' "
                        + "ORDER BY indexed_at DESC, id DESC LIMIT ?")
                .param(limit).query(Catalog::document).list();
    }

    private Optional<SourceRecord> findSource(String path) {
        return jdbc.sql("SELECT id, path, added_at FROM source WHERE path = ?").param(path).query(Catalog::source).optional();
    }

    private static SourceRecord source(ResultSet rs, int row) throws SQLException {
        return new SourceRecord(rs.getLong("id"), Path.of(rs.getString("path")), instant(rs, "added_at"));
    }

    private static DocumentRecord document(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new DocumentRecord(
                rs.getLong("id"),
                rs.getLong("source_id"),
                rs.wasNull() ? null : parent,
                rs.getString("path"),
                rs.getString("entry"),
                rs.getLong("size_bytes"),
                instant(rs, "modified_at"),
                rs.getString("sha256"),
                rs.getString("media_type"),
                rs.getString("title"),
                rs.getString("author"),
                rs.getString("recipients"),
                instant(rs, "sent_at"),
                rs.getString("message_id"),
                DocumentState.valueOf(rs.getString("state")),
                rs.getString("reason"),
                rs.getInt("passages"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

}
