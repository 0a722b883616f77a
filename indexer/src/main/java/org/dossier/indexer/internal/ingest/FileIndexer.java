package org.dossier.indexer.internal.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

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
     * A file read and extracted, not yet recorded: {@code file} as it was when read (its size and time may have
     * changed since the scan); {@code sha256} is empty when the file could not be read. A file whose bytes are
     * already indexed elsewhere is not extracted: {@code extraction} is {@code null} and {@code original} the
     * document that holds its passages.
     */
    record Parsed(FoundFile file, String sha256, @Nullable Extraction extraction, @Nullable Long original) {

        Parsed(FoundFile file, String sha256, Extraction extraction) {
            this(file, sha256, extraction, null);
        }
    }

    /**
     * Characters of one quote kept for the viewer: enough to read the earlier message it repeats (which is indexed
     * itself), not a second copy of a long thread in the catalog.
     */
    private static final int MAX_QUOTE_CHARS = 20_000;

    private final FileParser parser;
    private final Chunker chunker;
    private final CatalogWriter catalog;
    private final Catalog reads;
    private final DocumentRows rows;
    private final PassageIndex index;
    private final StageTimes times;
    private final String pipeline;

    /** The extraction and chunking settings every document is recorded with (see {@link #pipeline()}). */
    String pipeline() {
        return pipeline;
    }

    FileIndexer(Extractor extractor, Chunker chunker, Catalog reads, CatalogWriter catalog, PassageIndex index,
                StageTimes times) {
        this(extractor, chunker, reads, catalog, index, times, new SteadyRead(SteadyRead.WAITS));
    }

    /** @param steady how a file that is still being written, or a read that may pass, is tried again */
    FileIndexer(Extractor extractor, Chunker chunker, Catalog reads, CatalogWriter catalog, PassageIndex index,
                StageTimes times, SteadyRead steady) {
        this.pipeline = extractor.version() + "; " + chunker.version();
        this.parser = new FileParser(extractor, reads, steady, times);
        this.rows = new DocumentRows(catalog, reads, times, pipeline);
        this.reads = reads;
        this.times = times;
        this.chunker = chunker;
        this.catalog = catalog;
        this.index = index;
    }

    /** Reads a file ({@link FileParser}); the parts of a streamed container go to {@code early} as they are read. */
    Parsed parse(FoundFile file, PartHandoff early) {
        return parser.parse(file, early);
    }

    /** Reads a file for a caller that records it on the same thread: a container's messages are gathered. */
    Parsed parse(FoundFile file) {
        return parser.parse(file);
    }

    /**
     * Records what a file gave, in the catalog and the index. The parts of a streamed container are recorded as they
     * come, one message at a time, each followed by {@code afterEachMessage}; when that says stop (a cancel), the
     * container is left marked incomplete, and the next run indexes it again.
     */
    Outcome record(ParseAhead.InHand file, BooleanSupplier afterEachMessage) {
        // the first message of a streamed container, or (null) the end of any other file's parse
        List<ExtractedPart> first = times.time(StageTimes.Stage.WAIT_FOR_PARSE, () -> file.early().next());
        if (first != null) {
            return recordStreamed(file, first, afterEachMessage);
        }
        return record(file.parsed());
    }

    /** Records what a file gave, in the catalog and the index. */
    Outcome record(Parsed parsed) {
        FoundFile file = parsed.file();
        String sha256 = parsed.sha256();
        if (parsed.original() != null && reads.isOriginal(parsed.original())) {
            rows.copy(file, sha256, null, null, parsed.original());
            return new Outcome(DocumentState.INDEXED, 0);
        }
        Extraction extraction = parsed.extraction() != null ? parsed.extraction()
                : parser.extract(file.absolute()); // its original went since it was parsed: it is the original now
        return switch (extraction) {
            case Extraction.Skipped skipped -> {
                rows.record(file, sha256, DocumentState.SKIPPED, skipped.reason());
                yield new Outcome(DocumentState.SKIPPED, 0);
            }
            case Extraction.Failed failed -> {
                rows.record(file, sha256, DocumentState.FAILED, failed.reason());
                yield new Outcome(DocumentState.FAILED, 0);
            }
            case Extraction.Extracted extracted -> {
                // another file with these bytes may have been recorded since this one was parsed (the same run)
                Optional<Long> fileOriginal = reads.original(sha256);
                if (fileOriginal.isPresent()) {
                    rows.copy(file, sha256, null, null, fileOriginal.get());
                    yield new Outcome(DocumentState.INDEXED, 0);
                }
                yield new Outcome(DocumentState.INDEXED,
                        indexParts(file, sha256, extracted.parts(), new HashMap<>(), pipeline));
            }
            case Extraction.Streamed _ -> {
                rows.record(file, sha256, DocumentState.FAILED, PlainReasons.NOTHING_RETURNED);
                yield new Outcome(DocumentState.FAILED, 0);
            }
        };
    }

    /**
     * The container first, marked incomplete in its pipeline so that a run stopped half-way (cancelled, killed)
     * leaves a file the next run does not take for indexed; then each message under it, as it comes; then the
     * container's final state, which says why it ended early if it did.
     */
    private Outcome recordStreamed(ParseAhead.InHand file, List<ExtractedPart> first, BooleanSupplier afterEachMessage) {
        String sha256 = file.early().sha256();
        Map<String, Long> idsByEntry = new HashMap<>();
        int passages = indexParts(file.file(), sha256, first, idsByEntry, Catalog.INCOMPLETE + pipeline);
        Long container = idsByEntry.get("");
        for (List<ExtractedPart> message = file.early().next(); message != null; message = file.early().next()) {
            passages += indexParts(file.file(), sha256, message, idsByEntry, pipeline);
            idsByEntry.keySet().retainAll(Set.of("")); // a message's parts never hold another message's
            if (!afterEachMessage.getAsBoolean()) {
                return new Outcome(DocumentState.INDEXED, passages);
            }
        }
        Extraction end = file.parsed().extraction();
        DocumentState state = switch (end) {
            case Extraction.Streamed _, Extraction.Extracted _ -> DocumentState.INDEXED;
            case Extraction.Skipped _ -> DocumentState.SKIPPED;
            case Extraction.Failed _ -> DocumentState.FAILED;
        };
        String reason = switch (end) {
            case Extraction.Failed failed -> failed.reason();
            case Extraction.Skipped skipped -> skipped.reason();
            default -> null;
        };
        if (container != null) {
            catalog.finish(container, state, reason, pipeline);
        }
        return new Outcome(state, passages);
    }

    /**
     * Records the container, then each embedded part under its nearest recorded ancestor. A part whose bytes are
     * indexed already (another file found first in the same run, say) is recorded as a copy, without passages.
     *
     * @param idsByEntry the parts recorded so far, by entry; the parts recorded here are added
     * @param containerPipeline the pipeline the container is recorded with
     */
    private int indexParts(FoundFile file, String sha256, List<ExtractedPart> parts, Map<String, Long> idsByEntry,
                           String containerPipeline) {
        int total = 0;
        long characters = parts.stream().mapToLong(part -> part.text().length()).sum();
        for (ExtractedPart part : parts) {
            if (!part.isContainer() && !part.hasText()
                    && (part.error() == null || PlainReasons.isEmptyPart(part.error()))) {
                continue; // an embedded image or empty resource (a 0-byte inline image): nothing to cite or account for
            }
            String contentSha256 = part.isContainer() ? sha256 : part.sha256();
            Optional<Long> original = contentSha256 == null || !part.hasText() || part.isContainer() ? Optional.empty()
                    : reads.original(contentSha256);
            if (original.isPresent()) {
                Long parentId = nearestAncestor(part.entry(), idsByEntry);
                idsByEntry.put(part.entry(), rows.copy(file, sha256, parentId, part, original.get()));
                continue;
            }
            List<Passage> passages = part.hasText() ? times.time(StageTimes.Stage.CHUNK, () -> chunker.split(part))
                    : List.of();
            DocumentState state = part.error() != null && passages.isEmpty() ? DocumentState.FAILED : DocumentState.INDEXED;
            String reason = state == DocumentState.FAILED ? PlainReasons.failedEmbedded(part.error())
                    : part.truncated() ? PlainReasons.cut(characters) : null;
            Long parentId = part.isContainer() ? null : nearestAncestor(part.entry(), idsByEntry);
            long id = rows.record(file, sha256, parentId, state, reason, part, passages.size(),
                    part.isContainer() ? containerPipeline : pipeline, contentSha256);
            catalog.insertQuotes(id, chunker.quotes(part), MAX_QUOTE_CHARS);
            idsByEntry.put(part.entry(), id);
            String title = part.title() == null ? file.absolute().getFileName().toString() : part.title();
            Instant date = part.sentAt() == null ? file.modified() : part.sentAt();
            List<IndexedPassage> indexed = passages.stream()
                    .map(passage -> new IndexedPassage(id, file.sourceId(), passage, title, file.relativePath(),
                            part.mediaType(), date, part.author(), part.mail()))
                    .toList();
            times.time(StageTimes.Stage.INDEX, () -> index.replace(id, indexed));
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
}
