package org.dossier.indexer.internal.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dossier.engine.FileSha256;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.catalog.CatalogWriter;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.chunk.Passage;
import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.PlainReasons;
import org.dossier.indexer.internal.index.IndexedPassage;
import org.dossier.indexer.internal.index.PassageIndex;
import org.jspecify.annotations.Nullable;

/**
 * Indexes one file: extracts it, cuts each part into passages, records every part in the catalog with its state
 * and puts the passages in the index. A file always ends recorded, whatever its parser did.
 */
final class FileIndexer {

    /** What became of one file. */
    record Outcome(DocumentState state, int passages) {
    }

    /** A file as found on disk, relative to its source. */
    record FoundFile(long sourceId, Path absolute, String relativePath, long size, Instant modified) {
    }

    /**
     * A file read and extracted, not yet recorded; {@code sha256} is empty when the file could not be read. A file
     * whose bytes are already indexed elsewhere is not extracted: {@code extraction} is {@code null} and
     * {@code original} the document that holds its passages.
     */
    record Parsed(String sha256, @Nullable Extraction extraction, @Nullable Long original) {

        Parsed(String sha256, Extraction extraction) {
            this(sha256, extraction, null);
        }
    }

    /** The id of a document about to be recorded: the catalog gives it one. */
    private static final long NOT_RECORDED_YET = 0;

    private final Extractor extractor;
    private final Chunker chunker;
    private final CatalogWriter catalog;
    private final Catalog reads;
    private final PassageIndex index;
    private final String pipeline;

    /** The extraction and chunking settings every document is recorded with (see {@link #pipeline()}). */
    String pipeline() {
        return pipeline;
    }

    FileIndexer(Extractor extractor, Chunker chunker, Catalog reads, CatalogWriter catalog, PassageIndex index) {
        this.pipeline = extractor.version() + "; " + chunker.version();
        this.extractor = extractor;
        this.chunker = chunker;
        this.reads = reads;
        this.catalog = catalog;
        this.index = index;
    }

    /**
     * Hashes and extracts a file, unless its bytes are indexed at another place already; only reads the catalog and
     * never the index, so it may run on another thread.
     */
    Parsed parse(FoundFile file) {
        String sha256;
        try {
            sha256 = FileSha256.of(file.absolute());
        } catch (IOException e) {
            return new Parsed("", new Extraction.Failed(unreadable(e)));
        }
        Optional<Long> original = reads.originalElsewhere(sha256, file.sourceId(), file.relativePath());
        if (original.isPresent()) {
            return new Parsed(sha256, null, original.get());
        }
        return new Parsed(sha256, extractor.extract(file.absolute()));
    }

    /** Records what a file gave, in the catalog and the index. */
    Outcome record(FoundFile file, Parsed parsed) {
        String sha256 = parsed.sha256();
        if (parsed.original() != null && reads.isOriginal(parsed.original())) {
            recordCopy(file, sha256, null, null, parsed.original());
            return new Outcome(DocumentState.INDEXED, 0);
        }
        Extraction extraction = parsed.extraction() != null ? parsed.extraction()
                : extractor.extract(file.absolute()); // its original went since it was parsed: it is the original now
        return switch (extraction) {
            case Extraction.Skipped skipped -> {
                record(file, sha256, null, DocumentState.SKIPPED, skipped.reason(), null, 0);
                yield new Outcome(DocumentState.SKIPPED, 0);
            }
            case Extraction.Failed failed -> {
                record(file, sha256, null, DocumentState.FAILED, failed.reason(), null, 0);
                yield new Outcome(DocumentState.FAILED, 0);
            }
            case Extraction.Extracted extracted -> new Outcome(DocumentState.INDEXED, indexParts(file, sha256, extracted));
        };
    }

    private static String unreadable(IOException e) {
        return switch (e) {
            case NoSuchFileException _ -> "the file was deleted before it could be read — nothing to do";
            case AccessDeniedException _ -> "permission denied — let your user account read "
                    + "it, then index again";
            default -> "cannot read the file — is the disk or network share still there? (" + e.getMessage() + ")";
        };
    }

    /**
     * Records the container, then each embedded part under its nearest recorded ancestor. A part whose bytes are
     * indexed already (another file found first in the same run, say) is recorded as a copy, without passages.
     */
    private int indexParts(FoundFile file, String sha256, Extraction.Extracted extracted) {
        Optional<Long> fileOriginal = reads.original(sha256);
        if (fileOriginal.isPresent()) {
            recordCopy(file, sha256, null, null, fileOriginal.get());
            return 0;
        }
        Map<String, Long> idsByEntry = new HashMap<>();
        int total = 0;
        for (ExtractedPart part : extracted.parts()) {
            if (!part.isContainer() && !part.hasText()
                    && (part.error() == null || PlainReasons.isEmptyPart(part.error()))) {
                continue; // an embedded image or empty resource (a 0-byte inline image): nothing to cite or account for
            }
            String contentSha256 = part.isContainer() ? sha256 : part.sha256();
            Optional<Long> original = contentSha256 == null || !part.hasText() || part.isContainer() ? Optional.empty()
                    : reads.original(contentSha256);
            if (original.isPresent()) {
                Long parentId = nearestAncestor(part.entry(), idsByEntry);
                idsByEntry.put(part.entry(), recordCopy(file, sha256, parentId, part, original.get()));
                continue;
            }
            List<Passage> passages = part.hasText() ? chunker.split(part) : List.of();
            DocumentState state = part.error() != null && passages.isEmpty() ? DocumentState.FAILED : DocumentState.INDEXED;
            String reason = state == DocumentState.FAILED ? PlainReasons.failedEmbedded(part.error())
                    : part.truncated() ? "text truncated at the configured limit (dossier.indexer.max-extracted-chars)"
                    : null;
            Long parentId = part.isContainer() ? null : nearestAncestor(part.entry(), idsByEntry);
            long id = catalog.insert(document(file, sha256, parentId, state, reason, part, passages.size()), pipeline,
                    contentSha256, null);
            idsByEntry.put(part.entry(), id);
            String title = part.title() == null ? file.absolute().getFileName().toString() : part.title();
            Instant date = part.sentAt() == null ? file.modified() : part.sentAt();
            index.replace(id, passages.stream()
                    .map(passage -> new IndexedPassage(id, file.sourceId(), passage, title, file.relativePath(),
                            part.mediaType(), date, part.author(), part.mail()))
                    .toList());
            total += passages.size();
        }
        return total;
    }

    private static @Nullable Long nearestAncestor(String entry, Map<String, Long> idsByEntry) {
        String candidate = entry;
        while (candidate.lastIndexOf('/') > 0) {
            candidate = candidate.substring(0, candidate.lastIndexOf('/'));
            Long id = idsByEntry.get(candidate);
            if (id != null) {
                return id;
            }
        }
        return idsByEntry.get("");
    }

    /** A file or part whose bytes another document holds: recorded at its place, its passages left to the other. */
    private long recordCopy(FoundFile file, String sha256, @Nullable Long parentId, @Nullable ExtractedPart part,
                            long original) {
        String contentSha256 = part == null ? sha256 : part.sha256();
        DocumentRecord copy = document(file, sha256, parentId, DocumentState.INDEXED, null, part, 0);
        if (part == null) {
            copy = withMediaTypeOf(copy, original);
        }
        return catalog.insert(copy, pipeline, contentSha256, original);
    }

    /** A file recorded as a copy without being extracted takes its type from its original. */
    private DocumentRecord withMediaTypeOf(DocumentRecord copy, long original) {
        String mediaType = reads.find(original).map(DocumentRecord::mediaType).orElse(null);
        return new DocumentRecord(copy.id(), copy.sourceId(), copy.parentId(), copy.path(), copy.entry(),
                copy.sizeBytes(), copy.modifiedAt(), copy.sha256(), mediaType, copy.title(), copy.author(),
                copy.sentAt(), copy.mail(), copy.state(), copy.reason(), copy.passages());
    }

    private long record(FoundFile file, String sha256, @Nullable Long parentId, DocumentState state,
                        @Nullable String reason, @Nullable ExtractedPart part, int passages) {
        return catalog.insert(document(file, sha256, parentId, state, reason, part, passages), pipeline, sha256,
                null);
    }

    private static DocumentRecord document(FoundFile file, String sha256, @Nullable Long parentId,
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
