package org.dossier.indexer;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How documents are cut and how much of them is kept.
 *
 * @param passageMaxChars     longest passage; long enough for a paragraph, short enough to cite precisely
 * @param passageMinChars     a passage is not cut shorter than this unless its page or document ends
 * @param maxExtractedChars   text kept per file; the rest is dropped and the document is marked truncated
 * @param commitEveryFiles    how many files are indexed between two durable commits
 * @param embeddingBatch      passages embedded (and committed) together by the background embedding stage
 * @param watch               follow sources live while the server runs (one-shot commands never watch)
 * @param watchDebounce       quiet time after the last change before a source is re-scanned
 * @param maxFileSize         larger files are skipped without being opened (default 200MB)
 * @param isolation           parse in separate worker JVMs (default true); false parses inside Dossier, for tests
 *                            and debugging: a hostile file can then hang or crash the application
 * @param parseWorkers        files parsed at once, each in its own worker JVM when isolated (default 2)
 * @param parseTimeout        longest parse of one file before its worker is killed and the file fails (default 60s)
 * @param parseMemory         heap limit of each worker JVM (default 1GB)
 * @param maxArchiveDepth     deepest embedded document opened: archives in archives, attachments in messages (default 5)
 * @param maxArchiveEntries   embedded documents opened per file (default 10000)
 */
@Validated
@ConfigurationProperties("dossier.indexer")
public record IndexerProperties(
        @Min(200) int passageMaxChars,
        @Min(1) int passageMinChars,
        @Min(1000) int maxExtractedChars,
        @Min(1) int commitEveryFiles,
        @Min(1) int embeddingBatch,
        @Nullable Boolean watch,
        @Nullable Duration watchDebounce,
        @Nullable DataSize maxFileSize,
        @Nullable Boolean isolation,
        @Nullable @Min(1) Integer parseWorkers,
        @Nullable Duration parseTimeout,
        @Nullable DataSize parseMemory,
        @Nullable @Min(1) Integer maxArchiveDepth,
        @Nullable @Min(1) Integer maxArchiveEntries) {

    public IndexerProperties {
        watch = watch == null ? Boolean.TRUE : watch;
        watchDebounce = watchDebounce == null ? Duration.ofMillis(300) : watchDebounce;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(200) : maxFileSize;
        isolation = isolation == null ? Boolean.TRUE : isolation;
        parseWorkers = parseWorkers == null ? Integer.valueOf(2) : parseWorkers;
        parseTimeout = parseTimeout == null ? Duration.ofSeconds(60) : parseTimeout;
        parseMemory = parseMemory == null ? DataSize.ofGigabytes(1) : parseMemory;
        maxArchiveDepth = maxArchiveDepth == null ? Integer.valueOf(ArchiveLimits.DEFAULTS.maxDepth()) : maxArchiveDepth;
        maxArchiveEntries = maxArchiveEntries == null ? Integer.valueOf(ArchiveLimits.DEFAULTS.maxEntries())
                : maxArchiveEntries;
    }

    public static IndexerProperties defaults() {
        return new IndexerProperties(1200, 300, 20_000_000, 50, 64, true, Duration.ofMillis(300),
                null, null, null, null, null, null, null);
    }

    /** The archive limits as the extractor takes them. */
    ArchiveLimits archiveLimits() {
        return new ArchiveLimits(maxArchiveDepth, maxArchiveEntries);
    }
}
