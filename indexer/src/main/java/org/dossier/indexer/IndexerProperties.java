package org.dossier.indexer;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.search.FusionWeights;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How documents are cut and how much of them is kept, each setting with its default: {@code config/application.yml}
 * shows the same values (a test in the web module holds the two together).
 *
 * @param passageMaxChars     longest passage; long enough for a paragraph, short enough to cite precisely
 * @param passageMinChars     a passage is not cut shorter than this unless its page or document ends
 * @param maxExtractedChars   text kept per file; the rest is dropped and the document is marked truncated
 * @param commitEveryFiles    how many files are indexed between two durable commits
 * @param embeddingBatch      passages embedded (and committed) together by the background embedding stage
 * @param watch               follow sources live while the server runs (one-shot commands never watch)
 * @param watchDebounce       quiet time after the last change before a source is re-scanned
 * @param maxFileSize         larger files are skipped without being opened
 * @param isolation           parse in separate worker JVMs; false parses inside Dossier, for tests and debugging: a
 *                            hostile file can then hang or crash the application
 * @param parseWorkers        files parsed at once, each in its own worker JVM when isolated
 * @param parseTimeout        longest parse of one file before its worker is killed and the file fails
 * @param parseMemory         heap limit of each worker JVM
 * @param maxArchiveDepth     deepest embedded document opened: archives in archives, attachments in messages
 *                            (default: the extractor's own limit, {@link ArchiveLimits#DEFAULTS})
 * @param maxArchiveEntries   embedded documents opened per file (default: {@link ArchiveLimits#DEFAULTS})
 * @param minimumFreeSpace    free space kept on the disks of the data directory and the temporary directory: below
 *                            it, indexing and embedding pause (and say so) until space is back
 * @param shortQuestionWords  a question of at most this many different words that name something is short,
 *                            for the fusion weights below
 * @param keywordWeightShort  BM25's weight against the vectors' 1 in the fusion of hybrid search, for a short
 *                            question
 * @param keywordWeightLong   the same for a longer question (1 and 0.25 by default: why, {@link FusionWeights})
 */
@Validated
@ConfigurationProperties("dossier.indexer")
public record IndexerProperties(
        @DefaultValue("1200") @Min(200) int passageMaxChars,
        @DefaultValue("300") @Min(1) int passageMinChars,
        @DefaultValue("20000000") @Min(1000) int maxExtractedChars,
        @DefaultValue("50") @Min(1) int commitEveryFiles,
        @DefaultValue("64") @Min(1) int embeddingBatch,
        @DefaultValue("true") Boolean watch,
        @DefaultValue("300ms") Duration watchDebounce,
        @DefaultValue("200MB") DataSize maxFileSize,
        @DefaultValue("true") Boolean isolation,
        @DefaultValue("2") @Min(1) Integer parseWorkers,
        @DefaultValue("60s") Duration parseTimeout,
        @DefaultValue("1GB") DataSize parseMemory,
        @Nullable @Min(1) Integer maxArchiveDepth,
        @Nullable @Min(1) Integer maxArchiveEntries,
        @DefaultValue("500MB") DataSize minimumFreeSpace,
        @DefaultValue("8") @Min(1) @Max(200) int shortQuestionWords,
        @DefaultValue("1.0") @DecimalMin("0.0") @DecimalMax("10.0") double keywordWeightShort,
        @DefaultValue("0.25") @DecimalMin("0.0") @DecimalMax("10.0") double keywordWeightLong) {

    public IndexerProperties {
        maxArchiveDepth = maxArchiveDepth == null ? Integer.valueOf(ArchiveLimits.DEFAULTS.maxDepth()) : maxArchiveDepth;
        maxArchiveEntries = maxArchiveEntries == null ? Integer.valueOf(ArchiveLimits.DEFAULTS.maxEntries())
                : maxArchiveEntries;
    }

    /** Every setting at its default, as Spring Boot binds them when none is configured. */
    public static IndexerProperties defaults() {
        return new Binder().bindOrCreate("dossier.indexer", IndexerProperties.class);
    }

    /** BM25's weights in the fusion of hybrid search, as the search takes them. */
    FusionWeights fusionWeights() {
        return new FusionWeights(shortQuestionWords, keywordWeightShort, keywordWeightLong);
    }

    /** The archive limits as the extractor takes them. */
    ArchiveLimits archiveLimits() {
        return new ArchiveLimits(maxArchiveDepth, maxArchiveEntries);
    }
}
