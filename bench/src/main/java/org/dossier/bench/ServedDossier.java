package org.dossier.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged application ({@code java -jar web/target/dossier.jar serve <folder>}) on a data directory of its own,
 * with the heap cap a user's launcher gives it, read over loopback HTTP as a browser or a script reads it. Every JVM
 * it starts (itself and its parse workers) logs its collections to a file of its own ({@code JAVA_TOOL_OPTIONS}
 * reaches the workers through the inherited environment), so that peak heaps are read from the JVMs themselves.
 */
final class ServedDossier implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path gcLogs;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServedDossier(Process process, int port, Path gcLogs, Path log) {
        this.process = process;
        this.port = port;
        this.gcLogs = gcLogs;
        this.log = log;
    }

    /**
     * Starts {@code serve folder} with these settings ({@code --dossier.…=…}); returns once it answers.
     *
     * @param work where the data directory, the GC logs and the application's output go
     */
    static ServedDossier serve(Path jar, String heap, Path work, Path folder, List<String> settings)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": build it first (mvn -DskipTests package -pl web -am)");
        }
        Path gcLogs = Files.createDirectories(work.resolve("gc"));
        Path log = work.resolve("dossier.log");
        int port = freeLoopbackPort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "--add-modules",
                "jdk.incubator.vector", "-jar", jar.toAbsolutePath().toString()));
        command.addAll(settings);
        command.addAll(List.of("--server.port=" + port, "serve", folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DOSSIER_DATA_DIR", Files.createDirectories(work.resolve("data")).toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + gcLogs.resolve("gc-%p.log"));
        Process process = builder.start();
        process.getOutputStream().close(); // no terminal: it serves without its shell
        ServedDossier served = new ServedDossier(process, port, gcLogs, log);
        served.awaitAnswering();
        return served;
    }

    long pid() {
        return process.pid();
    }

    Path gcLogs() {
        return gcLogs;
    }

    /** {@code GET /api/status}. */
    JsonNode status() throws IOException, InterruptedException {
        return JSON.readTree(get("/api/status").body());
    }

    /** Milliseconds a GET of this path took, from sending to the whole body read; fails unless it answered 200. */
    double timedGet(String pathAndQuery) throws IOException, InterruptedException {
        long started = System.nanoTime();
        get(pathAndQuery);
        return (System.nanoTime() - started) / 1e6;
    }

    /**
     * The first indexing run that found at least {@code files} files, once it has ended (the start-up run over no
     * source may end first), or nothing if none ended within {@code wait}; polls the status every half second,
     * running {@code meanwhile} between two polls.
     */
    Optional<JsonNode> awaitRunOver(int files, Duration wait, Meanwhile meanwhile) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        long polled = 0;
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Dossier stopped: " + logTail());
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.empty();
            }
            if (System.nanoTime() - polled > 500_000_000L) {
                polled = System.nanoTime();
                Optional<JsonNode> ended = endedRun(status(), files);
                if (ended.isPresent()) {
                    return ended;
                }
            }
            meanwhile.run();
        }
    }

    /** A run's seconds from its start to its end, as the application recorded them. */
    static double runSeconds(JsonNode run) {
        return Duration.between(instant(run.get("started")), instant(run.get("ended"))).toNanos() / 1e9;
    }

    /** An instant as the status writes it: ISO-8601, or seconds since the epoch. */
    private static Instant instant(JsonNode node) {
        return node.isNumber() ? Instant.ofEpochMilli(Math.round(node.asDouble() * 1000))
                : Instant.parse(node.asString());
    }

    /** What to do while waiting: probe the server, or sleep. */
    interface Meanwhile {
        void run() throws Exception;
    }

    /**
     * The first such run (the runs are listed newest first): after it, the folder watcher may start another that
     * finds the files unchanged.
     */
    private static Optional<JsonNode> endedRun(JsonNode status, int files) {
        JsonNode first = null;
        for (JsonNode run : status.get("runs")) {
            if (run.get("kind").asString().equals("INDEX") && run.get("total").asInt() >= files
                    && !run.get("state").asString().equals("RUNNING")) {
                first = run;
            }
        }
        return Optional.ofNullable(first);
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + pathAndQuery)).timeout(Duration.ofMinutes(2)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private void awaitAnswering() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START);
        while (true) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("Dossier did not answer within " + START + ": " + logTail());
            }
            try {
                get("/api/status");
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, as a service manager stops it (its JVMs then finish their GC logs); SIGKILL after a minute. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> workers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        workers.forEach(ProcessHandle::destroy);
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
