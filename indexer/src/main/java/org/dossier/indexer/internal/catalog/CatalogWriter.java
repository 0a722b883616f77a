package org.dossier.indexer.internal.catalog;

import static org.dossier.indexer.internal.catalog.CatalogRows.LIST_CHARS;
import static org.dossier.indexer.internal.catalog.CatalogRows.clip;
import static org.dossier.indexer.internal.catalog.CatalogRows.lines;
import static org.dossier.indexer.internal.catalog.CatalogRows.utc;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.QuotedPart;
import org.dossier.indexer.SourceRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Every change to the catalog, and its side of the commit protocol: a document row is ADDED or REMOVED until the
 * index has committed the same change, then COMMITTED (or gone). Rows still ADDED or REMOVED after a crash are what
 * recovery undoes.
 */
public final class CatalogWriter {

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final WriteBatches batches;

    /**
     * @param dataSource the catalog's, the same the {@link Catalog} that reads it is made on: a batch's rows are seen
     *                   by reads on the thread that writes them ({@link WriteBatches})
     */
    public CatalogWriter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.catalog = new Catalog(jdbc);
        this.batches = new WriteBatches(dataSource);
    }

    /** How an indexing run groups its writes: one transaction per commit. */
    public WriteBatches batches() {
        return batches;
    }

    /** The source for a folder, added if new. */
    public SourceRecord ensureSource(Path folder) {
        String path = folder.toString();
        return catalog.findSource(path).orElseGet(() -> {
            jdbc.sql("INSERT INTO source (path, added_at) VALUES (?, ?)").params(path, utc(Instant.now())).update();
            return catalog.findSource(path).orElseThrow();
        });
    }

    /** The history of indexing runs, kept in the same database. */
    public RunLog runs() {
        return new RunLog(jdbc);
    }

    /** Sets which files of a source are indexed. */
    public void setGlobs(long sourceId, List<String> includes, List<String> excludes) {
        jdbc.sql("UPDATE source SET include_globs = ?, exclude_globs = ? WHERE id = ?")
                .params(String.join("\n", includes), String.join("\n", excludes), sourceId).update();
    }

    /** Removes a source row; its documents must have been removed first (see SourceIndexing#removeSource). */
    public void deleteSource(long sourceId) {
        jdbc.sql("DELETE FROM source WHERE id = ?").param(sourceId).update();
    }

    /**
     * Records a document (ADDED) with the extraction and chunking settings it was indexed with; returns the id the
     * catalog gave it (the record's own id is not read: a document about to be recorded has none yet).
     */
    public long insert(DocumentRecord doc, String pipeline) {
        return insert(doc, pipeline, null, null);
    }

    /**
     * Records a document as {@link #insert(DocumentRecord, String)} does, with the SHA-256 of its own bytes (a file's,
     * an attachment's, an archive entry's; {@code null} when it has none) and, for a copy of content already indexed,
     * the document that holds its passages.
     */
    public long insert(DocumentRecord doc, String pipeline, @Nullable String contentSha256, @Nullable Long copyOf) {
        KeyHolder keys = new GeneratedKeyHolder();
        MailHeaders mail = doc.mail();
        jdbc.sql("""
                        INSERT INTO document (source_id, parent_id, path, entry, size_bytes, modified_at, sha256,
                            media_type, title, author, sent_at, message_id, mail_to, mail_cc, in_reply_to,
                            mail_references, mail_folder, state, reason, passages, indexed_at, pipeline,
                            content_sha256, copy_of, sync)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ADDED')""")
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
                        utc(Instant.now()), clip(pipeline, 255), contentSha256, copyOf)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Keeps the quotes of earlier messages in a message just recorded, each cut at {@code maxChars}: the viewer
     * shows them collapsed; nothing searches them.
     */
    public void insertQuotes(long documentId, List<QuotedPart> quotes, int maxChars) {
        for (QuotedPart quote : quotes) {
            jdbc.sql("INSERT INTO quoted_text (document_id, start_offset, end_offset, quote) VALUES (?, ?, ?, ?)")
                    .params(documentId, quote.start(), quote.end(),
                            quote.text().length() <= maxChars ? quote.text() : quote.text().substring(0, maxChars))
                    .update();
        }
    }

    /**
     * The final state of a container whose messages were recorded as they were read: its reason (why it ended early,
     * if it did) and the pipeline that marks it complete.
     */
    public void finish(long documentId, DocumentState state, @Nullable String reason, String pipeline) {
        jdbc.sql("UPDATE document SET state = ?, reason = ?, pipeline = ? WHERE id = ?")
                .params(state.name(), clip(reason, 2048), clip(pipeline, 255), documentId).update();
    }

    /**
     * A file moved or renamed without changing: its documents follow it (same passages, same vectors). Catalog
     * only, so no index commit is waited for.
     */
    public void move(long documentId, String newPath, Instant modified) {
        for (long id : catalog.treeIds(documentId)) {
            jdbc.sql("UPDATE document SET path = ?, modified_at = ? WHERE id = ?")
                    .params(newPath, utc(modified), id).update();
        }
    }

    /** Step 1 of removing a document: mark it and everything inside it REMOVED, before the index deletes them. */
    public List<Long> markRemoved(long documentId) {
        List<Long> ids = catalog.treeIds(documentId);
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
}
