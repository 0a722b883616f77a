package org.dossier.web.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Dossier killed with SIGKILL while it indexes: started again, it shows the run as interrupted, resumes its work
 * where it stopped (the files that run committed are not indexed again) and records that the resuming run finished
 * it; in the end every file is accounted for once, and the catalog and the index agree.
 */
class RestartResumesInterruptedRunTest {

    private static final int FILES = 2_000;
    /** The real application, lightly: no embedding model, Tika in this JVM, a commit every few files. */
    private static final List<String> SETTINGS = List.of("--dossier.engine.embedding=none",
            "--dossier.indexer.isolation=false", "--dossier.indexer.commit-every-files=5");

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;
    @TempDir
    Path logs;

    @Test
    void aRunKilledMidWayShowsAsInterruptedAfterARestartAndIsResumedAndFinished() throws Exception {
        for (int i = 0; i < FILES; i++) {
            Path file = folder.resolve("box-" + i % 20).resolve("memo-" + i + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Memo " + i + " on the harbour dredging invoices, filed as ledger" + i + ".");
        }
        long killedRun;
        int doneBeforeTheKill;
        try (ChildDossier first = ChildDossier.serve(dataDir, SETTINGS, List.of(folder), logs.resolve("first.log"))) {
            JsonNode midWay = first.awaitStatus("the run has committed some files", Duration.ofMinutes(3), status -> {
                JsonNode run = latestRun(status);
                assertThat(run == null ? "none yet" : run.get("state").asString())
                        .as("the run is still at work (else: more files)").isIn("none yet", "RUNNING");
                return run != null && run.get("done").asInt() >= 20;
            });
            Thread.sleep(1_500); // H2 writes committed changes within a second: let the progress so far reach disk
            assertThat(latestRun(first.status()).get("state").asString()).as("still running at the kill").isEqualTo("RUNNING");
            first.kill();
            killedRun = latestRun(midWay).get("id").asLong();
            doneBeforeTheKill = latestRun(midWay).get("done").asInt();
        }

        try (ChildDossier restarted = ChildDossier.serve(dataDir, SETTINGS, List.of(), logs.resolve("second.log"))) {
            JsonNode shown = run(restarted.status(), killedRun);
            assertThat(shown.get("state").asString()).isEqualTo("INTERRUPTED");
            assertThat(shown.get("note").asString()).contains("a crash or a restart");

            JsonNode finished = restarted.awaitStatus("the run that resumes it has finished", Duration.ofMinutes(5),
                    status -> latestRun(status).get("id").asLong() > killedRun
                            && latestRun(status).get("state").asString().equals("DONE"));

            JsonNode resuming = latestRun(finished);
            JsonNode interrupted = run(finished, killedRun);
            assertThat(interrupted.get("state").asString()).isEqualTo("INTERRUPTED");
            assertThat(interrupted.get("resumedBy").asLong()).isEqualTo(resuming.get("id").asLong());
            assertThat(interrupted.get("note").asString())
                    .endsWith("task " + resuming.get("id").asLong() + " resumed it and finished it");
            assertThat(interrupted.get("done").asInt()).as("its progress was recorded as it worked")
                    .isGreaterThanOrEqualTo(doneBeforeTheKill);
            assertThat(resuming.get("total").asInt()).isEqualTo(FILES);
            assertThat(resuming.get("done").asInt()).as("the files committed before the kill are not indexed again")
                    .isPositive().isLessThanOrEqualTo(FILES - interrupted.get("done").asInt());

            JsonNode counts = finished.get("counts");
            assertThat(counts.get("files").asLong()).as("every file accounted for, once").isEqualTo(FILES);
            assertThat(counts.get("indexed").asLong()).isEqualTo(FILES);
            assertThat(finished.get("passages").asInt()).as("one passage per memo in the index").isEqualTo(FILES);
            JsonNode doctor = restarted.command("doctor");
            assertThat(doctor.get("output").asString()).as(doctor.toString())
                    .contains("✓ index and catalog: %d documents indexed, %d passages in the catalog, %d in the index"
                            .formatted(FILES, FILES, FILES));
            JsonNode search = restarted.command("search", "ledger" + (FILES - 1));
            assertThat(search.get("output").asString()).contains("memo-" + (FILES - 1) + ".txt");
            restarted.stop();
        }
    }

    private static JsonNode latestRun(JsonNode status) {
        JsonNode runs = status.get("runs");
        return runs.isEmpty() ? null : runs.get(0);
    }

    private static JsonNode run(JsonNode status, long id) {
        for (JsonNode run : status.get("runs")) {
            if (run.get("id").asLong() == id) {
                return run;
            }
        }
        throw new AssertionError("task " + id + " is not among the tasks shown: " + status.get("runs"));
    }
}
