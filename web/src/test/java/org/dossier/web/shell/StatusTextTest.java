package org.dossier.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.dossier.engine.ModelStatus;
import org.dossier.engine.ServedContext;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.EmbeddingProgress;
import org.dossier.indexer.ReasonCount;
import org.dossier.indexer.RunRecord;
import org.dossier.indexer.StateCounts;
import org.dossier.web.status.Status;
import org.junit.jupiter.api.Test;

/** The shell's {@code status}: a pause, a stopped embedding stage and the reasons by kind are said plainly. */
class StatusTextTest {

    private static final String PAUSED = "paused: 120 MB free on /data, needs at least 500 MB — free some space there "
            + "and it resumes by itself";

    private final TextRenderer text = new TextRenderer(false);

    @Test
    void aPauseForDiskSpaceComesFirst() {
        String shown = text.status(status(PAUSED, new EmbeddingProgress("m", 10, 12, 2, true, null)));

        assertThat(shown).startsWith("Indexing:       " + PAUSED + "\n");
        assertThat(shown).contains("Vectors:        10 of 12 passages (m) (2 could not be embedded");
    }

    @Test
    void aStoppedEmbeddingStageSaysWhy() {
        String shown = text.status(status(null, new EmbeddingProgress("m", 0, 12, 0, false,
                "the bundled embedding model did not load: no space left on the disk")));

        assertThat(shown).doesNotContain("Indexing:")
                .contains("Vectors:        0 of 12 passages (m) — stopped: the bundled embedding model did not load");
    }

    @Test
    void anInterruptedRunShowsAsInterruptedWithWhy() {
        assertThat(text.status(status(null, null))).contains("Tasks:\n  2026-12-07 06:00  2 INDEX INTERRUPTED  12 of 40 "
                + "files indexed — Dossier stopped while this task worked (a crash or a restart); task 3 resumes it");
    }

    @Test
    void reasonsAreListedByKindWithTheirCounts() {
        String shown = text.status(status(null, null));

        assertThat(shown).contains("Why documents were not indexed:\n       3  SKIPPED  empty file (0 bytes) — nothing to index");
    }

    private static Status status(String paused, EmbeddingProgress embedding) {
        return new Status("/data", List.of("/leak"), new StateCounts(3, 0, 3, 0, 1), 12,
                new ModelStatus(ModelStatus.State.NOT_CONFIGURED, "no chat model"), ServedContext.asConfigured(8192),
                embedding, List.of(),
                List.of(new ReasonCount(DocumentState.SKIPPED, "empty file", "empty file (0 bytes) — nothing to index", 3)),
                List.of(), paused, null, List.of(new RunRecord(2, RunRecord.Kind.INDEX, null,
                        Instant.parse("2026-12-07T06:00:00Z"), null, RunRecord.State.INTERRUPTED, 40, 12, 0, 0,
                        "Dossier stopped while this task worked (a crash or a restart); task 3 resumes it", 3L)));
    }
}
