package org.dossier.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.dossier.indexer.EmbeddingProgress;
import org.dossier.indexer.IndexReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The summary of an index run never reads as finished while its vectors are not done. */
class IndexRunTest {

    private static final String MODEL = "bundled:bge-small-en-v1.5-q";
    private static final IndexReport REPORT = new IndexReport(840, 0, 740, 60, 40, 0, 0, 3695, 9_000_000,
            Duration.ofMillis(207_500), null);

    private final TextRenderer text = new TextRenderer(false);

    @Test
    void aModelThatDidNotLoadIsInTheSummaryWithItsReason() {
        IndexRun run = new IndexRun(REPORT, new EmbeddingProgress(MODEL, 0, 3695, 0, false,
                "the bundled embedding model did not load: no space left on the disk"));

        assertThat(run.vectorsNotDone()).isEqualTo("the bundled embedding model did not load: no space left on the disk");
        assertThat(text.report(run)).startsWith("Indexed 740 of 840 files (0 unchanged, 60 skipped, 40 failed, 0 removed)")
                .endsWith("; vectors: 0 of 3,695 passages — not done: the bundled embedding model did not load: "
                        + "no space left on the disk.");
    }

    @Test
    void skippedPassagesAreCountedButDoNotMakeTheRunUnfinished() {
        IndexRun run = new IndexRun(REPORT, new EmbeddingProgress(MODEL, 3690, 3695, 5, false, null));

        assertThat(run.vectorsNotDone()).isNull();
        assertThat(text.report(run)).endsWith("; vectors: 3,690 of 3,695 passages (5 could not be embedded — empty or "
                + "refused by the model — and are found by keyword only).");
    }

    @Test
    void passagesStillWaitingWhenTheCommandGaveUpAreNotDone() {
        IndexRun run = new IndexRun(REPORT, new EmbeddingProgress(MODEL, 100, 3695, 0, true, null));

        assertThat(run.vectorsNotDone()).isEqualTo("3595 passages still wait for their vectors");
    }

    @Test
    void withEmbeddingsOffTheSummaryIsTheCountsAlone() {
        IndexRun run = new IndexRun(REPORT, null);

        assertThat(run.vectorsNotDone()).isNull();
        assertThat(text.report(run)).isEqualTo(text.report(REPORT)).endsWith("in 207.5 s.");
    }

    @Test
    void theJsonKeepsTheCountsAtTheTopAndAddsTheVectors() {
        IndexRun run = new IndexRun(REPORT, new EmbeddingProgress(MODEL, 0, 3695, 0, false, "did not load: disk full"));

        JsonNode json = JsonMapper.builder().build().readTree(JsonMapper.builder().build().writeValueAsString(run));

        assertThat(json.get("indexed").asInt()).isEqualTo(740);
        assertThat(json.get("vectors").get("embedded").asInt()).isZero();
        assertThat(json.get("vectors").get("lastError").asString()).isEqualTo("did not load: disk full");
    }
}
