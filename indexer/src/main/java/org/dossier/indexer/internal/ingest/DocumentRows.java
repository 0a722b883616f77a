package org.dossier.indexer.internal.ingest;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.catalog.CatalogWriter;
import org.dossier.indexer.internal.extract.ExtractedPart;
import org.jspecify.annotations.Nullable;

/**
 * The catalog rows of one file and its parts, as {@link FileIndexer} records them: a file or part with its state,
 * or a copy of content another document holds. Timed as the catalog stage.
 *
 * @param pipeline the extraction and chunking settings every row is recorded with, unless told otherwise
 */
record DocumentRows(CatalogWriter catalog, Catalog reads, StageTimes times, String pipeline) {

    /** The id of a document about to be recorded: the catalog gives it one. */
    private static final long NOT_RECORDED_YET = 0;

    /** A file (with no part) or a part, with its content's SHA-256 for copies found later. */
    long record(FileIndexer.FoundFile file, String sha256, @Nullable Long parentId, DocumentState state,
                @Nullable String reason, @Nullable ExtractedPart part, int passages, String pipeline,
                @Nullable String contentSha256) {
        return insert(document(file, sha256, parentId, state, reason, part, passages), pipeline, contentSha256,
                null);
    }

    /** A file that ended without parts (skipped, failed). */
    long record(FileIndexer.FoundFile file, String sha256, DocumentState state, @Nullable String reason) {
        return record(file, sha256, null, state, reason, null, 0, pipeline, sha256);
    }

    /** A file or part whose bytes another document holds: recorded at its place, its passages left to the other. */
    long copy(FileIndexer.FoundFile file, String sha256, @Nullable Long parentId, @Nullable ExtractedPart part,
              long original) {
        String contentSha256 = part == null ? sha256 : part.sha256();
        DocumentRecord copy = document(file, sha256, parentId, DocumentState.INDEXED, null, part, 0);
        if (part == null) {
            copy = withMediaTypeOf(copy, original);
        }
        return insert(copy, pipeline, contentSha256, original);
    }

    /** A file recorded as a copy without being extracted takes its type from its original. */
    private DocumentRecord withMediaTypeOf(DocumentRecord copy, long original) {
        String mediaType = reads.find(original).map(DocumentRecord::mediaType).orElse(null);
        return new DocumentRecord(copy.id(), copy.sourceId(), copy.parentId(), copy.path(), copy.entry(),
                copy.sizeBytes(), copy.modifiedAt(), copy.sha256(), mediaType, copy.title(), copy.author(),
                copy.sentAt(), copy.mail(), copy.state(), copy.reason(), copy.passages());
    }

    private long insert(DocumentRecord document, String pipeline, @Nullable String contentSha256,
                        @Nullable Long copyOf) {
        return times.time(StageTimes.Stage.CATALOG, () -> catalog.insert(document, pipeline, contentSha256, copyOf));
    }

    private static DocumentRecord document(FileIndexer.FoundFile file, String sha256, @Nullable Long parentId,
                                           DocumentState state, @Nullable String reason, @Nullable ExtractedPart part,
                                           int passages) {
        return new DocumentRecord(NOT_RECORDED_YET,
                file.sourceId(), parentId, file.relativePath(), part == null ? "" : part.entry(),
                file.size(), file.modified(), sha256,
                part == null ? null : part.mediaType(),
                part == null ? file.absolute().getFileName().toString() : part.title(),
                part == null ? null : part.author(),
                part == null ? null : part.sentAt(),
                part == null ? null : part.mail(),
                state, reason, passages);
    }
}
