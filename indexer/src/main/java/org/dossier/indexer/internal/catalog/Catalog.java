package org.dossier.indexer.internal.catalog;

import static org.dossier.indexer.internal.catalog.CatalogRows.DOCUMENT_COLUMNS;
import static org.dossier.indexer.internal.catalog.CatalogRows.SOURCE_COLUMNS;
import static org.dossier.indexer.internal.catalog.CatalogRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.QuotedPart;
import org.dossier.indexer.ReasonCount;
import org.dossier.indexer.SourceRecord;
import org.dossier.indexer.StateCounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalog's reads: what the other modules see ({@link DocumentCatalog}) and what a scan compares the folders
 * with. Sources and documents only; passage text lives in the index. Changes go through {@link CatalogWriter}.
 */
public final class Catalog implements DocumentCatalog {

    /**
     * What a container's pipeline starts with while its parts are recorded one by one (an mbox, message by message):
     * until its end is recorded, it counts as not read to its end, and the next run indexes it again.
     */
    public static final String INCOMPLETE = "(incomplete) ";

    private final JdbcClient jdbc;
    private final ReasonTally reasons;
    private final StateTally states;

    public Catalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.reasons = new ReasonTally(jdbc);
        this.states = new StateTally(jdbc);
    }

    @Override
    public List<SourceRecord> sources() {
        return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM source ORDER BY id").query(CatalogRows::source).list();
    }

    @Override
    public Optional<SourceRecord> findSource(long id) {
        return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM source WHERE id = ?").param(id)
                .query(CatalogRows::source).optional();
    }

    @Override
    public List<DocumentRecord> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE id IN (:ids)")
                .param("ids", ids).query(CatalogRows::document).list();
    }

    @Override
    public Optional<DocumentRecord> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    @Override
    public long passageCount() {
        return jdbc.sql("SELECT COALESCE(SUM(passages), 0) FROM document WHERE state = 'INDEXED' AND sync <> 'REMOVED'")
                .query(Long.class).single();
    }

    @Override
    public StateCounts counts() {
        return states.counts();
    }

    @Override
    public List<DocumentRecord> notIndexed(int limit) {
        return documents("state <> 'INDEXED' ORDER BY indexed_at DESC, id DESC LIMIT ?", limit);
    }

    @Override
    public List<ReasonCount> reasonCounts() {
        return reasons.notIndexed();
    }

    @Override
    public List<ReasonCount> partlyIndexed() {
        return reasons.partlyIndexed();
    }

    @Override
    public List<DocumentRecord> children(long parentId) {
        return documents("parent_id = ? AND sync <> 'REMOVED' ORDER BY id", parentId);
    }

    private List<DocumentRecord> documents(String whereAndOrder, Object parameter) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE " + whereAndOrder)
                .param(parameter).query(CatalogRows::document).list();
    }

    @Override
    public List<QuotedPart> quotedText(long documentId) {
        return jdbc.sql("SELECT start_offset, end_offset, quote FROM quoted_text WHERE document_id = ? "
                        + "ORDER BY start_offset")
                .param(documentId)
                .query((rs, row) -> new QuotedPart(rs.getInt("start_offset"), rs.getInt("end_offset"),
                        rs.getString("quote")))
                .list();
    }

    @Override
    public List<DocumentRecord> copies(long documentId) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE copy_of = ? AND sync <> 'REMOVED' "
                        + "ORDER BY id")
                .param(documentId).query(CatalogRows::document).list();
    }

    @Override
    public Optional<Long> originalOf(long documentId) {
        return jdbc.sql("SELECT copy_of FROM document WHERE id = ? AND copy_of IS NOT NULL").param(documentId)
                .query(Long.class).optional();
    }

    /**
     * The document that holds the passages of content with this SHA-256, if one is indexed: recorded, with passages,
     * not itself a copy, not being removed.
     *
     * <p>Asked once per file and per message, so it names its index: H2 keeps a plan in its query cache, and one made
     * on the empty table (a run's first file) walked every indexed document at each call: 81 ms at 20,000 documents
     * against 0.7 ms (H2 2.5); bench large-inputs' 300,000 files and 5 GB mbox slowed down as they went.
     */
    public Optional<Long> original(String contentSha256) {
        return jdbc.sql("""
                        SELECT id FROM document USE INDEX (document_content_idx)
                        WHERE content_sha256 = ? AND copy_of IS NULL AND state = 'INDEXED'
                        AND passages > 0 AND sync <> 'REMOVED' ORDER BY id LIMIT 1""")
                .param(contentSha256).query(Long.class).optional();
    }

    /**
     * As {@link #original(String)}, its index named alike, but not the file at this place nor anything inside it: a
     * file read again because it changed or the settings did is not a copy of its own old version.
     */
    public Optional<Long> originalElsewhere(String contentSha256, long sourceId, String path) {
        return jdbc.sql("""
                        SELECT id FROM document USE INDEX (document_content_idx)
                        WHERE content_sha256 = ? AND copy_of IS NULL AND state = 'INDEXED'
                        AND passages > 0 AND sync <> 'REMOVED' AND NOT (source_id = ? AND path = ?)
                        ORDER BY id LIMIT 1""")
                .params(contentSha256, sourceId, path).query(Long.class).optional();
    }

    /** Whether this document still holds passages that copies may point at. */
    public boolean isOriginal(long documentId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM document WHERE id = ? AND copy_of IS NULL AND state = 'INDEXED'
                        AND passages > 0 AND sync <> 'REMOVED'""")
                .param(documentId).query(Long.class).single() > 0;
    }

    /**
     * The files (ids of their top rows) that hold a copy whose original is gone or going: they must be indexed again
     * for their content to stay searchable.
     */
    public List<Long> filesWithOrphanedCopies() {
        return jdbc.sql("""
                        WITH RECURSIVE up(id, parent_id) AS (
                            SELECT c.id, c.parent_id FROM document c
                            WHERE c.copy_of IS NOT NULL AND c.sync <> 'REMOVED' AND NOT EXISTS (
                                SELECT 1 FROM document o WHERE o.id = c.copy_of AND o.sync <> 'REMOVED')
                            UNION ALL
                            SELECT d.id, d.parent_id FROM document d JOIN up u ON d.id = u.parent_id)
                        SELECT DISTINCT id FROM up WHERE parent_id IS NULL ORDER BY id""")
                .query(Long.class).list();
    }

    /** Ids of the files recorded for a source (their messages and attachments hang under them). */
    public List<Long> fileIds(long sourceId) {
        return jdbc.sql("SELECT id FROM document WHERE source_id = ? AND entry = '' AND sync <> 'REMOVED'")
                .param(sourceId).query(Long.class).list();
    }

    /**
     * The files (not their messages or attachments) recorded for a source and not being removed, a page at a time
     * in id order: those after {@code afterId}, at most {@code limit}. {@code source_id + 0} keeps H2 off the
     * source's foreign-key index, which it would otherwise choose: it read every row of the source and sorted them
     * for each page (0.25 s a page at 100,000 files, about 10 minutes for a scan of 300,000); on the primary key the
     * page is read in order and the scan stops at the limit (5 ms).
     */
    public List<FileStamp> fileStamps(long sourceId, long afterId, int limit) {
        return jdbc.sql("""
                        SELECT id, path, size_bytes, modified_at, sha256, pipeline FROM document
                        WHERE id > :after AND source_id + 0 = :source AND entry = '' AND sync <> 'REMOVED'
                        ORDER BY id LIMIT :limit""")
                .param("source", sourceId).param("after", afterId).param("limit", limit)
                .query(Catalog::fileStamp).list();
    }

    /** The files of a source at these paths, as recorded and not being removed: a scan asks a batch at a time. */
    public List<FileStamp> fileStamps(long sourceId, Collection<String> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, path, size_bytes, modified_at, sha256, pipeline FROM document
                        WHERE source_id = :source AND path IN (:paths) AND entry = '' AND sync <> 'REMOVED'""")
                .param("source", sourceId).param("paths", paths)
                .query(Catalog::fileStamp).list();
    }

    private static FileStamp fileStamp(ResultSet rs, int row) throws SQLException {
        return new FileStamp(rs.getLong("id"), rs.getString("path"), rs.getLong("size_bytes"),
                instant(rs, "modified_at"), rs.getString("sha256"), rs.getString("pipeline"));
    }

    /** What the catalog remembers of one file (a document with no container), unless it is being removed. */
    public Optional<FileStamp> fileStamp(long documentId) {
        return jdbc.sql("""
                        SELECT id, path, size_bytes, modified_at, sha256, pipeline FROM document
                        WHERE id = ? AND entry = '' AND sync <> 'REMOVED'""")
                .param(documentId)
                .query(Catalog::fileStamp)
                .optional();
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

    /** The source for a folder's path, if it is one. */
    Optional<SourceRecord> findSource(String path) {
        return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM source WHERE path = ?").param(path)
                .query(CatalogRows::source).optional();
    }
}
