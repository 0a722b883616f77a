package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar, as a script would use it: one-shot commands against a fresh data directory given by
 * DOSSIER_DATA_DIR, exit statuses, JSON on standard output and one-line errors on standard error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

    private record Run(int exitCode, String out, String err) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final Path jar = Path.of(System.getProperty("dossier.jar", "target/dossier.jar"));
    private final Path sampleDocs = Path.of(System.getProperty("dossier.sample-docs", "../sample-docs"));
    private Path dataDir;

    @BeforeAll
    void freshDataDirectory() throws IOException {
        assertThat(jar).isRegularFile();
        dataDir = Files.createTempDirectory("dossier-it");
        // As an older Dossier or a plain mkdir leaves it: listable by every local user.
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    @Order(1)
    void indexesTheSampleDocs() throws Exception {
        Run run = dossier("index", sampleDocs.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Indexed 22 of 22 files (0 unchanged, 0 skipped, 0 failed, 0 removed)");
        assertThat(dataDir.resolve("catalog/dossier.mv.db")).isRegularFile();
        assertThat(dataDir.resolve("index")).isDirectory();
    }

    @Test
    @Order(2)
    void asksAndGetsJsonCitingTheRightFileAndPage() throws Exception {
        Run run = dossier("ask", "--json", "Who signed the dredging contract?");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = json.readTree(run.out());
        assertThat(answer.get("mode").asString()).isEqualTo("RETRIEVAL_ONLY");
        JsonNode first = answer.get("citations").get(0);
        assertThat(first.get("file").asString()).isEqualTo("contracts/dredging-contract-PV-HD-2024-007.pdf");
        assertThat(first.get("location").get("number").asInt()).isEqualTo(3);
        assertThat(first.get("label").asString()).isEqualTo("contracts/dredging-contract-PV-HD-2024-007.pdf, page 3");
        assertThat(first.get("passage").asString()).contains("Tomas Brenner");
    }

    @Test
    @Order(2)
    void asksAndGetsJsonCitingTheRightMessage() throws Exception {
        Run run = dossier("ask", "--json", "What service did Bluewater Holdings describe in its consultancy invoices?");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode message = json.readTree(run.out()).get("citations").get(0).get("message");
        assertThat(message.get("subject").asString()).isEqualTo("Bluewater Holdings consultancy payments");
        assertThat(message.get("from").asString()).contains("Ayşe Yılmaz");
    }

    @Test
    @Order(2)
    void searchesAndReportsStatusAsJson() throws Exception {
        Run search = dossier("search", "--json", "beneficial owner");
        Run status = dossier("status", "--json");

        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(json.readTree(search.out()).get(0).get("file").asString())
                .isEqualTo("notes/bluewater-registry-notes.md");
        assertThat(status.exitCode()).as(status.err()).isZero();
        JsonNode counts = json.readTree(status.out()).get("counts");
        assertThat(counts.get("files").asInt()).isEqualTo(22);
        assertThat(counts.get("skipped").asInt()).isZero();
        assertThat(counts.get("failed").asInt()).isZero();
    }

    @Test
    @Order(2)
    void searchJsonCitesASpreadsheetBySheet() throws Exception {
        Run search = dossier("search", "--json", "Bluewater Holdings payments 2024-04-15");

        assertThat(search.exitCode()).as(search.err()).isZero();
        JsonNode register = java.util.stream.StreamSupport.stream(json.readTree(search.out()).spliterator(), false)
                .filter(hit -> hit.get("file").asString().equals("finance/invoice-register-2024.xlsx"))
                .findFirst().orElseThrow();
        assertThat(register.get("location").get("kind").asString()).isEqualTo("SHEET");
        assertThat(register.get("label").asString()).isEqualTo("finance/invoice-register-2024.xlsx, sheet “Payments”");
    }

    @Test
    @Order(3)
    void aScriptContinuesAConversationByItsIdAndExportsItAsMarkdown() throws Exception {
        JsonNode first = json.readTree(dossier("ask", "--json", "Who signed the dredging contract?").out());
        String id = first.get("conversationId").asString();

        Run followUp = dossier("ask", "--conversation", id, "--json", "When was it?");
        Run export = dossier("conversations", "export", id);

        assertThat(followUp.exitCode()).as(followUp.err()).isZero();
        assertThat(json.readTree(followUp.out()).get("conversationId").asString()).isEqualTo(id);
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("# Who signed the dredging contract?").contains("## 2. When was it?")
                .contains("SHA-256: `" + first.get("citations").get(0).get("sha256").asString() + "`");
    }

    @Test
    @Order(3)
    void indexingAgainFindsEverythingUnchanged() throws Exception {
        Run run = dossier("index", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = json.readTree(run.out());
        assertThat(report.get("unchanged").asInt()).isEqualTo(22);
        assertThat(report.get("indexed").asInt()).isZero();
    }

    @Test
    @Order(4)
    void wrongInputIsOneClearLineAndANonZeroExit() throws Exception {
        for (List<String> command : List.of(List.of("ask", ""), List.of("frobnicate"),
                List.of("index", "/no/such/folder"), List.of("conversations", "show", "999"))) {
            Run run = dossier(command.toArray(String[]::new));

            assertThat(run.exitCode()).as("exit of %s", command).isEqualTo(2);
            assertThat(run.out()).as("stdout of %s", command).isBlank();
            List<String> dossierLines = run.err().lines().filter(line -> line.startsWith("dossier: ")).toList();
            assertThat(dossierLines).as("stderr of %s", command).hasSize(1);
        }
    }

    @Test
    @Order(5)
    void everythingTheCommandsAndTheirParseWorkersWroteIsOwnerOnly() throws IOException {
        try (Stream<Path> entries = Files.walk(dataDir)) {
            assertThat(entries.filter(entry -> !Files.isSymbolicLink(entry)).toList()).isNotEmpty().allSatisfy(
                    entry -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)))
                            .as("%s", dataDir.relativize(entry)).endsWith("------"));
        }
    }

    private Run dossier(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DOSSIER_DATA_DIR", dataDir.toString());
        Path out = Files.createTempFile(dataDir, "out", ".txt");
        Path err = Files.createTempFile(dataDir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close(); // no standard input, as in a script or CI
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("dossier " + String.join(" ", arguments) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
