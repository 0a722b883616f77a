package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long a one-shot command takes from the shell's point of view: wall time of {@code status --json},
 * {@code search --json} and {@code ask --json} (no chat model: retrieval only) on the sample documents, run as a user
 * runs them — through the {@code dossier} launcher and as {@code java -jar dossier.jar} — standalone and while a
 * server runs on the data directory. Beside them, in the same run, a bare {@code java -version} (the ratio's unit)
 * and a Spring Boot application that does nothing ({@link EmptyBoot}). Each figure is the median of
 * {@code bench.startupRuns} runs after one untimed run. Rows show the steps apart: the fat jar as built ({@code java
 * -jar}), its extracted form, and the launcher's (extracted form and JDK AOT cache, made by the launcher's first run
 * after a build — timed once, from scratch; it also runs short commands without C2). CPU time is reported beside
 * wall time: on a machine other work shares, it is the steadier figure; the load at the end is recorded beside the
 * runner's load at the start.
 */
final class Startup implements Benchmark {

    private static final List<List<String>> COMMANDS = List.of(
            List.of("status", "--json"),
            List.of("search", "--json", "beneficial owner"),
            List.of("ask", "--json", "Who signed the dredging contract?"));

    private final Path projectRoot;
    private final Path corpus;
    private final int runs;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    Startup(Path projectRoot, Path corpus, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        this.projectRoot = projectRoot.toAbsolutePath();
        this.corpus = corpus.toAbsolutePath();
        this.runs = runs;
    }

    static Startup fromSystemProperties() {
        return new Startup(Path.of(""), Path.of(System.getProperty("bench.corpus", "sample-docs")),
                Integer.getInteger("bench.startupRuns", 3));
    }

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public BenchResult run() throws Exception {
        Path jar = projectRoot.resolve("web/target/dossier.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": build it first (mvn -DskipTests package -pl web -am)");
        }
        List<BenchResult.Row> rows = new ArrayList<>();
        try (TempFolder data = TempFolder.create("dossier-startup")) {
            TimedLaunch launch = new TimedLaunch(projectRoot, data.path());
            Measured unit = median(launch, List.of(java.toString(), "-version"), false);
            rows.add(row("java -version", unit, unit));
            rows.add(row("do-nothing Spring Boot", median(launch, List.of(java.toString(), "-cp",
                    System.getProperty("java.class.path"), EmptyBoot.class.getName()), false), unit));
            // the launcher's first run after a build extracts the jar and trains the AOT cache: timed once, from scratch
            deleteTree(projectRoot.resolve("web/target/dossier-app"));
            rows.add(row("first ./dossier status after a build (extract, train)", once(launch,
                    launcher(COMMANDS.getFirst())), unit));
            launch.run(launcher(List.of("index", corpus.toString())), false);
            measureCommands(launch, "standalone", unit, rows, false);
            // the steps apart, for search: the jar as built (nested-jar loader, no AOT cache, C2), then extracted
            rows.add(row("standalone, java -jar search", median(launch, jar(COMMANDS.get(1)), true), unit));
            rows.add(row("standalone, extracted jar without AOT cache, search", median(launch,
                    extracted(COMMANDS.get(1)), true), unit));
            try (RunningDossier server = RunningDossier.start(launch, launcher(List.of("--server.port=" + freePort(),
                    "serve")), data.path())) {
                measureCommands(launch, "through server", unit, rows, true);
            }
        }
        return new BenchResult(name(), "One-shot command wall time (median of " + runs + " runs after one untimed)",
                Map.of("corpus", corpus.getFileName().toString(), "runs", runs,
                        "cores", Runtime.getRuntime().availableProcessors(),
                        "loadAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                rows, Map.of());
    }

    /** @param alsoJar also as {@code java -jar} (standalone that is a minute a run on a busy machine: search only) */
    private void measureCommands(TimedLaunch launch, String mode, Measured unit, List<BenchResult.Row> rows,
                                 boolean alsoJar) throws Exception {
        for (List<String> command : COMMANDS) {
            rows.add(row(mode + ", ./dossier " + command.getFirst(), median(launch, launcher(command), true), unit));
            if (alsoJar) {
                rows.add(row(mode + ", java -jar " + command.getFirst(), median(launch, jar(command), true), unit));
            }
        }
    }

    private List<String> launcher(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(projectRoot.resolve("dossier").toString()));
        command.addAll(arguments);
        return command;
    }

    /** The jar as the launcher's first run extracts it, run without the AOT cache. */
    private List<String> extracted(List<String> arguments) {
        return javaJar("web/target/dossier-app/dossier.jar", arguments);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            new TempFolder(folder).close();
        }
    }

    private static Measured once(TimedLaunch launch, List<String> command) throws Exception {
        TimedLaunch.Timing timing = launch.run(command, true);
        return new Measured(timing.wall().toNanos() / 1e6, timing.cpu().toNanos() / 1e6);
    }

    private List<String> jar(List<String> arguments) {
        return javaJar("web/target/dossier.jar", arguments);
    }

    private List<String> javaJar(String jar, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "--add-modules", "jdk.incubator.vector", "-jar", projectRoot.resolve(jar).toString()));
        command.addAll(arguments);
        return command;
    }

    /** Medians of a command's runs, in milliseconds. */
    private record Measured(double wall, double cpu) {
    }

    private Measured median(TimedLaunch launch, List<String> command, boolean json) throws Exception {
        launch.run(command, json);
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            TimedLaunch.Timing timing = launch.run(command, json);
            wall[i] = timing.wall().toNanos() / 1e6;
            cpu[i] = timing.cpu().toNanos() / 1e6;
        }
        return new Measured(median(wall), median(cpu));
    }

    private static double median(double[] values) {
        return Metrics.median(Arrays.stream(values).boxed().toList());
    }

    private static BenchResult.Row row(String label, Measured measured, Measured unit) {
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("wall ms", Math.round(measured.wall()));
        cells.put("wall x java -version", Math.round(measured.wall() / unit.wall() * 10) / 10.0);
        cells.put("cpu ms", Math.round(measured.cpu()));
        cells.put("cpu x java -version", Math.round(measured.cpu() / Math.max(1, unit.cpu()) * 10) / 10.0);
        return new BenchResult.Row(label, cells);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A Dossier server on the data directory, up once it has announced itself, stopped (SIGTERM) on close. */
    private record RunningDossier(Process process) implements AutoCloseable {

        static RunningDossier start(TimedLaunch launch, List<String> command, Path dataDir) throws Exception {
            Process process = launch.start(command, Files.createTempFile("dossier-server", ".log"));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (!Files.exists(dataDir.resolve("server.json"))) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the Dossier server did not start: " + command);
                }
                Thread.sleep(200);
            }
            return new RunningDossier(process);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
