package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Dossier per data directory: while a server runs on it, one-shot commands are sent to that server and print
 * exactly what they print standalone, with the same exit statuses — where before they were refused because the
 * server held the data directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedDataDirectoryIT {

    private record Run(int exitCode, String out, List<String> errorLines) {
    }

    private static final List<List<String>> COMMANDS = List.of(
            List.of("search", "--json", "beneficial owner"),
            List.of("search", "dredging contract"),
            List.of("status", "--failed"),
            List.of("conversations", "show", "999"),
            List.of("ask", ""));

    private final JsonMapper json = JsonMapper.builder().build();
    private final Path jar = Path.of(System.getProperty("dossier.jar", "target/dossier.jar"));
    private final Path sampleDocs = Path.of(System.getProperty("dossier.sample-docs", "../sample-docs"));
    private Path dataDir;
    private Process server;

    @BeforeAll
    void indexTheSampleDocsStandalone() throws Exception {
        dataDir = Files.createTempDirectory("dossier-shared");
        assertThat(dossier("index", sampleDocs.toString()).exitCode()).isZero();
    }

    @AfterAll
    void stopTheServerAndRemoveTheDataDirectory() throws IOException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
        try (var entries = Files.walk(dataDir)) {
            entries.sorted(java.util.Comparator.reverseOrder()).forEach(entry -> entry.toFile().delete());
        }
    }

    @Test
    void aOneShotCommandThroughTheRunningServerPrintsWhatItPrintsStandalone() throws Exception {
        List<Run> standalone = new ArrayList<>();
        for (List<String> command : COMMANDS) {
            standalone.add(dossier(command.toArray(String[]::new)));
        }
        JsonNode standaloneAnswer = json.readTree(dossier("ask", "--json", "Who signed the dredging contract?").out());

        startServer();
        for (int i = 0; i < COMMANDS.size(); i++) {
            Run throughServer = dossier(COMMANDS.get(i).toArray(String[]::new));
            assertThat(throughServer).as("dossier %s", String.join(" ", COMMANDS.get(i))).isEqualTo(standalone.get(i));
        }
        JsonNode served = json.readTree(dossier("ask", "--json", "Who signed the dredging contract?").out());
        Path loaded = Files.createTempFile("classes", ".log");
        Run logged = dossier(List.of("-Xlog:class+load:file=" + loaded), "search", "--json", "beneficial owner");
        assertThat(logged).isEqualTo(standalone.get(0));
        // sent before Spring: the client loaded Dossier's entry point and nothing of Spring Boot
        assertThat(read(loaded)).contains(" org.dossier.Dossier ").doesNotContain("org.springframework.boot.SpringApplication ");
        assertThat(served.get("text")).isEqualTo(standaloneAnswer.get("text"));
        assertThat(served.get("citations")).isEqualTo(standaloneAnswer.get("citations"));

        assertThat(standalone.get(0).exitCode()).isZero();
        assertThat(standalone.get(3).exitCode()).isEqualTo(2);
        assertThat(standalone.get(3).errorLines()).singleElement().asString().startsWith("dossier: ");
        server.destroy(); // SIGTERM, as a service manager stops it
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dataDir.resolve("server.json")).doesNotExist();
    }

    private void startServer() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(java(List.of("--server.port=" + port, "serve")))
                .redirectErrorStream(true).redirectOutput(Files.createTempFile("dossier-server", ".log").toFile());
        builder.environment().put("DOSSIER_DATA_DIR", dataDir.toString());
        server = builder.start();
        server.getOutputStream().close(); // no terminal: it serves without its shell
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (!Files.exists(dataDir.resolve("server.json"))) {
            assertThat(server.isAlive()).as("the server is running").isTrue();
            assertThat(Instant.now()).as("the server announced itself").isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(Files.readString(dataDir.resolve("server.json"))).contains("\"port\":" + port);
    }

    private Run dossier(String... arguments) throws Exception {
        return dossier(List.of(), arguments);
    }

    private Run dossier(List<String> jvmOptions, String... arguments) throws Exception {
        List<String> command = java(List.of(arguments));
        command.addAll(1, jvmOptions);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DOSSIER_DATA_DIR", dataDir.toString());
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(600, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("dossier " + String.join(" ", arguments) + " did not finish in 600 s");
        }
        return new Run(process.exitValue(), read(out), read(err).lines()
                .filter(line -> line.startsWith("dossier: ")).toList());
    }

    private List<String> java(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-jar", jar.toString()));
        command.addAll(arguments);
        return command;
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
