package org.dossier.indexer.internal.catalog;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.SourceRecord;
import org.dossier.indexer.StateCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The catalog's reads and writes. Sources and documents only; passage text lives in the index. */
public class Catalog implements DocumentCatalog {

    /** Size of the list columns (recipients, references). */
    private static final int LIST_CHARS = 16384;
    private static final String SOURCE_COLUMNS = "id, path, added_at, include_globs, exclude_globs";
    private static final String DOCUMENT_COLUMNS = """
            id, source_id, parent_id, path, entry, size_bytes, modified_at, sha256, media_type, title, author,
            sent_at, message_id, mail_to, mail_cc, in_reply_to, mail_references, mail_folder, state, reason,
            passages""";

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

    /** Sets which files of a source are indexed. */
    public void setGlobs(long sourceId, List<String> includes, List<String> excludes) {
        jdbc.sql("UPDATE source SET include_globs = ?, exclude_globs = ? WHERE id = ?")
                .params(String.join("\n", includes), String.join("\n", excludes), sourceId).update();
    }

    /** Removes a source row; its documents must have been removed first (see IndexingService#removeSource). */
    public void deleteSource(long sourceId) {
        jdbc.sql("DELETE FROM source WHERE id = ?").param(sourceId).update();
    }

    /** Ids of the files recorded for a source (their messages and attachments hang under them). */
    public List<Long> fileIds(long sourceId) {
        return jdbc.sql("SELECT id FROM document WHERE source_id = ? AND entry = '' AND sync <> 'REMOVED'")
                .param(sourceId).query(Long.class).list();
    }

    @Override
    public List<SourceRecord> sources() {
        return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM source ORDER BY id").query(Catalog::source).list();
    }

    /** The files (not their messages or attachments) recorded for a source and not being removed. */
    public List<FileStamp> fileStamps(long sourceId) {
        return jdbc.sql("""
                        SELECT id, path, size_bytes, modified_at, sha256, pipeline FROM document
                        WHERE source_id = ? AND entry = '' AND sync <> 'REMOVED'""")
                .param(sourceId)
                .query((rs, row) -> new FileStamp(rs.getLong("id"), rs.getString("path"), rs.getLong("size_bytes"),
                        instant(rs, "modified_at"), rs.getString("sha256"), rs.getString("pipeline")))
                .list();
    }

    /**
     * A file moved or renamed without changing: its documents follow it (same passages, same vectors). Catalog
     * only, so no index commit is waited for.
     */
    public void move(long documentId, String newPath, Instant modified) {
        for (long id : treeIds(documentId)) {
            jdbc.sql("UPDATE document SET path = ?, modified_at = ? WHERE id = ?")
                    .params(newPath, utc(modified), id).update();
        }
    }

    /** Step 1 of removing a document: mark it and everything inside it REMOVED, before the index deletes them. */
    public List<Long> markRemoved(long documentId) {
        List<Long> ids = treeIds(documentId);
        for (long id : ids) {
            jdbc.sql("UPDATE document SET sync = 'REMOVED' WHERE id = ?").param(id).update();
        }
        return ids;
    }

    /** After an index commit: ADDED rows are now COMMITTED, REMOVED rows go. */
    public void indexCommitted() {
        jdbc.sql("DELETE FROM document WHERE sync = 'REMOVED'").update();
        jdbc.sql("UPDATE document SET sync = 'COMMITTED' WHERE sync = 'ADDED'").update();
    }

    /** Ids of rows whose index change may not have been committed (a run was interrupted). */
    public List<Long> uncommittedIds() {
        return jdbc.sql("SELECT id FROM document WHERE sync <> 'COMMITTED'").query(Long.class).list();
    }

    /** Forgets rows whose index change may not have been committed; their files will be indexed again. */
    public void dropUncommitted() {
        jdbc.sql("DELETE FROM document WHERE sync <> 'COMMITTED'").update();
    }

    /** Every committed document id that has passages, with how many. */
    public Map<Long, Integer> committedPassageCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT id, passages FROM document WHERE sync = 'COMMITTED' AND passages > 0")
                .query((rs, row) -> counts.put(rs.getLong("id"), rs.getInt("passages"))).list();
        return counts;
    }

    public long insert(NewDocument doc) {
        KeyHolder keys = new GeneratedKeyHolder();
        MailHeaders mail = doc.mail();
        jdbc.sql("""
                        INSERT INTO document (source_id, parent_id, path, entry, size_bytes, modified_at, sha256,
                            media_type, title, author, sent_at, message_id, mail_to, mail_cc, in_reply_to,
                            mail_references, mail_folder, state, reason, passages, indexed_at, pipeline, sync)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ADDED')""")
                .params(doc.sourceId(), doc.parentId(), doc.path(), doc.entry(), doc.sizeBytes(),
                        utc(doc.modifiedAt()), doc.sha256(), clip(doc.mediaType(), 255), clip(doc.title(), 1024),
                        clip(doc.author(), 1024), utc(doc.sentAt()),
                        mail == null ? null : clip(mail.messageId(), 1024),
                        mail == null ? null : lines(mail.to(), LIST_CHARS),
                        mail == null ? null : lines(mail.cc(), LIST_CHARS),
                        mail == null ? null : clip(mail.inReplyTo(), 1024),
                        mail == null ? null : lines(mail.references(), LIST_CHARS),
                        mail == null ? null : clip(mail.folder(), 1024),
                        doc.state().name(), clip(doc.reason(), 2048), doc.passages(),
                        utc(Instant.now()), clip(doc.pipeline(), 255))
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

    @Override
    public List<DocumentRecord> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE id IN (:ids)")
                .param("ids", ids).query(Catalog::document).list();
    }

    @Override
    public Optional<DocumentRecord> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    @Override
    public Optional<SourceRecord> findSource(long id) {
        return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM source WHERE id = ?").param(id).query(Catalog::source).optional();
    }

    @Override
    public StateCounts counts() {
        return jdbc.sql("""
                        SELECT
                          (SELECT COUNT(*) FROM document WHERE entry = '' AND sync <> 'REMOVED') AS files,
                          (SELECT COUNT(*) FROM document WHERE state = 'INDEXED' AND sync <> 'REMOVED') AS indexed,
                          (SELECT COUNT(*) FROM document WHERE state = 'SKIPPED' AND sync <> 'REMOVED') AS skipped,
                          (SELECT COUNT(*) FROM document WHERE state = 'FAILED' AND sync <> 'REMOVED') AS failed,
                          (SELECT COUNT(*) FROM source) AS sources""")
                .query((rs, row) -> new StateCounts(rs.getLong("files"), rs.getLong("indexed"), rs.getLong("skipped"),
                        rs.getLong("failed"), rs.getLong("sources")))
                .single();
    }

    /** Documents that were not indexed, with their reasons, most recent first. */
    @Override
    public List<DocumentRecord> notIndexed(int limit) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE state <> 'INDEXED' "
                        + "ORDER BY indexed_at DESC, id DESC LIMIT ?")
                .param(limit).query(Catalog::document).list();
    }

    private Optional<SourceRecord> findSource(String path) {
        return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM source WHERE path = ?").param(path).query(Catalog::source).optional();
    }

    private static SourceRecord source(ResultSet rs, int row) throws SQLException {
        return new SourceRecord(rs.getLong("id"), Path.of(rs.getString("path")), instant(rs, "added_at"),
                lines(rs.getString("include_globs")), lines(rs.getString("exclude_globs")));
    }

    private static DocumentRecord document(ResultSet rs, int row) throws SQLException {
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

    private static List<String> lines(@Nullable String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }

    /** One value per line, as many whole values as fit: a list cut inside a value would name someone else. */
    private static @Nullable String lines(List<String> values, int max) {
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
