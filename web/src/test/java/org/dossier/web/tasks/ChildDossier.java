package org.dossier.web.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real application serving a data directory in a JVM of its own, started from this test's classpath as
 * {@code dossier serve} is, and read as a user's script reads it: {@code GET /api/status}, and one-shot commands
 * sent with the API token. It can be killed as a crash kills it (SIGKILL: no shutdown hook, no flush, no close).
 */
public final class ChildDossier implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START = Duration.ofMinutes(4);

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChildDossier(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code serve} with these settings ({@code --dossier.…=…}) and folders; returns once it answers. */
    public static ChildDossier serve(Path dataDir, List<String> settings, List<Path> folders, Path log) throws Exception {
        int port = freeLoopbackPort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.dossier.DossierApplication"));
        command.addAll(settings);
        command.addAll(List.of("--server.port=" + port, "serve"));
        folders.forEach(folder -> command.add(folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DOSSIER_DATA_DIR", dataDir.toString());
        Process process = builder.start();
        process.getOutputStream().close(); // no terminal: it serves without its shell
        ChildDossier child = new ChildDossier(process, dataDir, log, port);
        child.awaitServing();
        return child;
    }

    /** A page as a browser on this machine gets it: its HTML. */
    public String page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** {@code GET /api/status}, as JSON. */
    public JsonNode status() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/status")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * A one-shot command, sent as {@code dossier <arguments>} sends it to a running server; its reply: exitCode,
     * output (what it printed) and error.
     */
    public JsonNode command(String... arguments) throws Exception {
        String token = Files.readString(dataDir.resolve("api-token"), StandardCharsets.US_ASCII).strip();
        String body = JSON.writeValueAsString(Map.of("arguments", List.of(arguments), "terminal", false));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/commands"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Polls the status until it shows what is wanted; returns that status. */
    public JsonNode awaitStatus(String what, Duration wait, Predicate<JsonNode> wanted) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            assertThat(process.isAlive()).as("Dossier is running, waiting for: %s\n%s", what, logTail()).isTrue();
            JsonNode status = status();
            if (wanted.test(status)) {
                return status;
            }
            assertThat(Instant.now()).as("within %s: %s; last status %s\n%s", wait, what, status, logTail())
                    .isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /** SIGKILL, as a crash or a power cut ends it; the parse workers or model servers it started go too. */
    void kill() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor();
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** SIGTERM, as a service manager stops it; waits for it to end. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s of SIGTERM").isTrue();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "--- last lines of the log ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
                    lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitServing() throws Exception {
        Instant deadline = Instant.now().plus(START);
        while (true) {
            assertThat(process.isAlive()).as("Dossier started\n%s", logTail()).isTrue();
            assertThat(Instant.now()).as("Dossier answered within %s\n%s", START, logTail()).isBefore(deadline);
            try {
                http.send(HttpRequest.newBuilder(uri("/api/status")).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
