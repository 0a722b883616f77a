package org.dossier.web.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar serving folders, started as a user starts it without a terminal, optionally under another
 * command ({@code strace …}); its output goes to {@code dossier.log} in the work folder.
 *
 * @param wrapper the command the JVM runs under, empty for none; it must run the JVM as its direct child
 */
final class DossierProcess implements AutoCloseable {

    /** What to start: the jar, its data directory, the chat model and the folders to serve. */
    record Launch(Path jar, Path dataDir, Path chatModel, List<Path> folders, List<String> wrapper, Path log) {
    }

    private final Process process;
    private final boolean wrapped;
    private final Path log;
    final int port;

    private DossierProcess(Process process, boolean wrapped, Path log, int port) {
        this.process = process;
        this.wrapped = wrapped;
        this.log = log;
        this.port = port;
    }

    static DossierProcess start(Launch launch) throws IOException {
        int port = freeLoopbackPort();
        List<String> command = new ArrayList<>(launch.wrapper());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-jar", launch.jar().toString(),
                "--dossier.engine.runtime=in-process",
                "--dossier.engine.chat-model=" + launch.chatModel(),
                "--dossier.engine.gpu-layers=0",
                // the tiny model writes gibberish until it runs out of tokens: a short answer keeps the run short
                "--dossier.assistant.answer-tokens=64",
                "--server.port=" + port,
                "serve"));
        launch.folders().forEach(folder -> command.add(folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(launch.log().toFile());
        builder.environment().put("DOSSIER_DATA_DIR", launch.dataDir().toString());
        Process process = builder.start();
        process.getOutputStream().close(); // no terminal: Dossier serves without its shell
        return new DossierProcess(process, !launch.wrapper().isEmpty(), launch.log(), port);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops Dossier as a service manager does: SIGTERM to the JVM (a wrapper such as strace ignores it), then waits
     * for the JVM and everything it started to end; returns the exit status (143 is the JVM's answer to SIGTERM).
     */
    int stop(Duration wait) throws InterruptedException {
        jvm().destroy();
        if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Dossier did not stop within " + wait.toSeconds() + " s of SIGTERM");
        }
        return process.exitValue();
    }

    /** The last lines of Dossier's output, to show with a failure. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "--- last lines of " + log.getFileName() + " ---\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private ProcessHandle jvm() {
        if (!wrapped) {
            return process.toHandle();
        }
        return process.toHandle().children().findFirst()
                .orElseThrow(() -> new AssertionError("the JVM its wrapper started is gone"));
    }

    /** Kills whatever is left after a failure: the wrapper, the JVM and its parse workers. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
