package org.dossier.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.dossier.engine.gguf.TinyLlamaGguf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell as a person meets it, in a real pseudo-terminal (a tmux pane): the prompt, a question whose
 * answer streams in with no log line among it, {@code show 1}, an {@code index} stopped with Ctrl-C, and the shell
 * still answering afterwards. Without tmux it is skipped, and fails when DOSSIER_REQUIRE_TMUX=true (CI).
 */
class InteractiveShellIT {

    private static final Pattern LOG_LINE = Pattern.compile(
            "(?m)^(\\d\\d:\\d\\d:\\d\\d|INFO|DEBUG|TRACE)|Exception|\\tat |llama_|HikariPool");

    private final Path jar = Path.of(System.getProperty("dossier.jar", "target/dossier.jar")).toAbsolutePath();
    private final Path sampleDocs = Path.of(System.getProperty("dossier.sample-docs", "../sample-docs"))
            .toAbsolutePath().normalize();
    private final String socket = "dossier-it-" + ProcessHandle.current().pid();

    @TempDir
    Path work;

    @AfterEach
    void killThePane() throws Exception {
        run(List.of("tmux", "-L", socket, "kill-server"));
    }

    @Test
    void aQuestionStreamsWithoutLogLinesShowOneShowsThePassageAndCtrlCStopsAnIndexButNotTheShell() throws Exception {
        requireTmux();
        Path dataDir = Files.createDirectories(work.resolve("data"));
        Path model = TinyLlamaGguf.writeWithContextLength(work.resolve("tiny-llama.gguf"), 8192);
        Path many = manySmallFiles(work.resolve("many"), 3000);
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-jar", jar.toString(),
                "--dossier.engine.runtime=in-process", "--dossier.engine.chat-model=" + model,
                "--dossier.engine.gpu-layers=0", "--dossier.assistant.answer-tokens=48", "--server.port=0");
        assertThat(oneShot(java, dataDir, "index", sampleDocs.toString())).isZero();

        // 1. The shell, in a pane of its own.
        run(List.of("tmux", "-L", socket, "new-session", "-d", "-s", "shell", "-x", "180", "-y", "50",
                "env DOSSIER_DATA_DIR=" + quoted(dataDir) + " " + String.join(" ", java.stream().map(this::quoted).toList())
                        + " serve"));
        String started = waitFor("the prompt", Duration.ofMinutes(6), pane -> pane.contains("dossier> "));
        assertThat(started).contains("Dossier is ready at http://127.0.0.1:");
        waitUntilTheModelIsReady(dataDir);

        // 2. A question: the answer streams in, then its sources; no log line anywhere.
        String ask = type("ask Who signed the dredging contract?");
        String answered = after(waitFor("the answer", Duration.ofMinutes(5),
                pane -> after(pane, ask).contains("— follow up with: ask --conversation")), ask);
        assertThat(answered).contains("[1] contracts/dredging-contract-PV-HD-2024-007.pdf, page 3");
        assertThat(LOG_LINE.matcher(answered).find()).as("a log line in:\n%s", answered).isFalse();

        // 3. show 1: the passage in context, its file and SHA-256.
        String show = type("show 1");
        String shown = after(waitFor("the passage", Duration.ofSeconds(60),
                pane -> after(pane, show).contains("SHA-256: ")), show);
        assertThat(shown).contains("File:    " + sampleDocs.resolve("contracts/dredging-contract-PV-HD-2024-007.pdf"))
                .containsPattern("SHA-256: [0-9a-f]{64}").contains("Tomas Brenner");

        // 4. An index of many files, stopped with Ctrl-C: the shell stays and answers.
        String index = type("index " + many);
        waitFor("the progress bar", Duration.ofMinutes(4), pane -> after(pane, index).contains("files/s"));
        run(List.of("tmux", "-L", socket, "send-keys", "-t", "shell", "C-c"));
        String stopped = after(waitFor("the stopped index", Duration.ofMinutes(4),
                pane -> after(pane, index).contains("Stopped (Ctrl-C)")), index);
        assertThat(stopped).containsPattern("Indexed \\d+ of 3000 files");
        run(List.of("tmux", "-L", socket, "send-keys", "-t", "shell", "C-c")); // at the prompt: clears the line
        String status = type("status");
        String shell = waitFor("status", Duration.ofMinutes(2), pane -> after(pane, status).contains("Data directory: "));
        assertThat(LOG_LINE.matcher(shell).find()).as("a log line in:\n%s", shell).isFalse();
        assertThat(dataDir.resolve("logs/dossier.log")).content().contains("Dossier is ready at");
    }

    private void waitUntilTheModelIsReady(Path dataDir) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(deadline)) {
            String status = type("status");
            String pane = waitFor("status", Duration.ofSeconds(60), text -> after(text, status).contains("Chat model:"));
            if (after(pane, status).contains("Chat model:     READY")) {
                return;
            }
            Thread.sleep(2000);
        }
        fail("the chat model did not load in 6 minutes:\n" + pane());
    }

    private int oneShot(List<String> java, Path dataDir, String... command) throws Exception {
        List<String> line = new ArrayList<>(java);
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(work.resolve("one-shot.log").toFile());
        builder.environment().put("DOSSIER_DATA_DIR", dataDir.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the one-shot index finished").isTrue();
        return process.exitValue();
    }

    /** Types a line and presses Enter; returns the line as the pane shows it after the prompt. */
    private String type(String line) throws Exception {
        run(List.of("tmux", "-L", socket, "send-keys", "-t", "shell", "-l", line));
        run(List.of("tmux", "-L", socket, "send-keys", "-t", "shell", "Enter"));
        return "dossier> " + line;
    }

    /** What the pane shows after the last time {@code typed} was entered: that command's output. */
    private static String after(String pane, String typed) {
        int at = pane.lastIndexOf(typed);
        return at < 0 ? "" : pane.substring(at + typed.length());
    }

    private String waitFor(String what, Duration timeout, Predicate<String> seen) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String pane = pane();
        while (!seen.test(pane)) {
            if (Instant.now().isAfter(deadline)) {
                fail("no " + what + " after " + timeout.toSeconds() + " s; the pane:\n" + pane);
            }
            Thread.sleep(300);
            pane = pane();
        }
        return pane;
    }

    /** The whole pane with its scroll-back, wrapped lines joined. */
    private String pane() throws Exception {
        return run(List.of("tmux", "-L", socket, "capture-pane", "-p", "-J", "-t", "shell", "-S", "-3000"));
    }

    private static Path manySmallFiles(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"),
                    "Note " + i + " on the harbour works: quay wall section " + (i % 40) + " inspected.\n");
        }
        return folder;
    }

    private String quoted(Object argument) {
        return "'" + argument.toString().replace("'", "'\\''") + "'";
    }

    private static void requireTmux() throws Exception {
        boolean found;
        try {
            found = new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException e) {
            found = false;
        }
        if (!found && Boolean.parseBoolean(System.getenv("DOSSIER_REQUIRE_TMUX"))) {
            fail("tmux is required (DOSSIER_REQUIRE_TMUX=true) but not found");
        }
        assumeTrue(found, "tmux not found");
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        process.waitFor(30, TimeUnit.SECONDS);
        return new String(output, StandardCharsets.UTF_8);
    }
}
