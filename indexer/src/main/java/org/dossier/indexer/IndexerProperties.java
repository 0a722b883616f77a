package org.dossier.indexer;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
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
        @Nullable Duration watchDebounce) {

    public IndexerProperties {
        watch = watch == null ? Boolean.TRUE : watch;
        watchDebounce = watchDebounce == null ? Duration.ofMillis(300) : watchDebounce;
    }

    public static IndexerProperties defaults() {
        return new IndexerProperties(1200, 300, 20_000_000, 50, 64, true, Duration.ofMillis(300));
    }
}
