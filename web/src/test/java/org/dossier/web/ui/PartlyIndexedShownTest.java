package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dossier.web.tasks.ChildDossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Documents whose text was cut at the limit are shown as indexed in part, counted by kind with what to do, apart
 * from those not indexed: on the Library page, in {@code /api/status} and in the shell's {@code status}. The real
 * application on a data directory of its own, with a low character limit so that two small files are cut.
 */
class PartlyIndexedShownTest {

    private static final List<String> SETTINGS = List.of("--dossier.engine.embedding=none",
            "--dossier.indexer.isolation=false", "--dossier.indexer.max-extracted-chars=2000");

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;
    @TempDir
    Path logs;

    @Test
    void textsCutAtTheLimitAreCountedAsIndexedInPartWithWhatToDo() throws Exception {
        Files.writeString(folder.resolve("ledger.txt"), "The ledger of the harbour fund repeats itself. ".repeat(100));
        Files.writeString(folder.resolve("minutes.txt"), "Minutes of the council on the dredging tender. ".repeat(200));
        Files.writeString(folder.resolve("note.txt"), "A short note on the harbour.");

        try (ChildDossier dossier = ChildDossier.serve(dataDir, SETTINGS, List.of(folder), logs.resolve("app.log"))) {
            JsonNode status = dossier.awaitStatus("the folder is indexed", Duration.ofMinutes(3),
                    shown -> shown.get("counts").get("indexed").asInt() == 3);

            JsonNode partly = status.get("partlyIndexed");
            assertThat(partly).hasSize(1);
            assertThat(partly.get(0).get("state").asString()).isEqualTo("INDEXED");
            assertThat(partly.get(0).get("headline").asString()).matches("first [\\d,]+ characters indexed");
            assertThat(partly.get(0).get("documents").asInt()).isEqualTo(2);
            assertThat(status.get("reasons")).as("indexed in part is not 'not indexed'").isEmpty();

            String library = dossier.page("/library");
            assertThat(library).contains("<h3>Indexed in part</h3>")
                    .containsPattern("<td class=\"count\">2</td>\\s*<td><strong>first [\\d,]+ characters indexed"
                            + "</strong><br><span class=\"hint\">first [\\d,]+ characters indexed — the rest is over "
                            + "the limits \\(dossier.indexer.max-extracted-chars; in archives also the entry count\\): "
                            + "raise them to index more</span>")
                    .doesNotContain("Why documents were not indexed");

            assertThat(dossier.command("status").get("output").asString())
                    .containsPattern("Indexed in part:\\n\\s+2  INDEXED  first [\\d,]+ characters indexed — ");
            dossier.stop();
        }
    }
}
