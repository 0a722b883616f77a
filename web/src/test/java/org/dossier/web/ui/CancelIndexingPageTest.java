package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.dossier.indexer.IndexProgress;
import org.dossier.indexer.IndexingService;
import org.dossier.web.SampleDocsServerTest;
import org.dossier.web.shell.DossierCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** An indexing run cancelled from the Library page (or the shell) stops, says so, and keeps what it indexed. */
class CancelIndexingPageTest extends SampleDocsServerTest {

    private static final int FILES = 1500;

    @Autowired
    private IndexingService indexing;
    @Autowired
    private DossierCommands commands;

    @Test
    void withNoRunGoingOnCancelSaysSoOnThePageAndInTheShell() {
        assertThat(client().submitForm("/library", "/library/cancel", Map.of()).statusCode()).isEqualTo(302);

        assertThat(get("/library").body()).contains("No indexing run or embedding pass is going on.");
        assertThat(commands.cancel()).isEqualTo("No indexing run or embedding pass is going on.");
    }

    @Test
    void aRunStartedOnThePageIsCancelledFromThePageAndTheLibrarySaysWhy(@TempDir Path folder) throws Exception {
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve("n-%04d.txt".formatted(i)), "Note " + i + " on the quay.");
        }
        String source = folder.toRealPath().toString();
        client().submitForm("/library", "/library/sources", Map.of("folder", source));
        waitUntil(() -> running(indexing.lastProgress(), source));

        client().submitForm("/library", "/library/cancel", Map.of());

        assertThat(get("/library").body()).contains("Cancelling the indexing run");
        waitUntil(() -> indexing.lastProgress() != null && indexing.lastProgress().done());
        IndexProgress last = indexing.lastProgress();
        assertThat(last.stopped()).startsWith("cancelled");
        assertThat(last.indexed()).isLessThan(FILES);
        assertThat(get("/library").body()).contains("Last run: cancelled")
                .containsPattern("<td>CANCELLED</td>\\s*<td>[\\d,]+ of 1,500 files indexed</td>");
        indexing.removeSource(folder);
    }

    private static boolean running(IndexProgress progress, String source) {
        return progress != null && !progress.done() && progress.source().equals(source) && progress.checked() > 0;
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as("within 60 s").isTrue();
    }
}
