package org.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command as a script would — from the project root, no terminal (standard input closed), the data directory
 * given by {@code DOSSIER_DATA_DIR} — and times it from start to exit: wall time, and the CPU time of the command and
 * its children (the shell's {@code times}), which a busy machine disturbs far less. A run that fails, or that was
 * asked for JSON and printed none, stops the benchmark: a broken start must not pass for a fast one.
 */
record TimedLaunch(Path workingDirectory, Path dataDir) {

    record Timing(Duration wall, Duration cpu) {
    }

    private static final Pattern SHELL_TIME = Pattern.compile("(\\d+)m([\\d.]+)s");

    Timing run(List<String> command, boolean json) throws IOException, InterruptedException {
        Path out = Files.createTempFile("dossier-out", ".txt");
        Path err = Files.createTempFile("dossier-err", ".txt");
        Path times = Files.createTempFile("dossier-times", ".txt");
        List<String> timed = new ArrayList<>(List.of("/bin/sh", "-c",
                "\"$@\"; status=$?; times > \"" + times + "\"; exit $status", "sh"));
        timed.addAll(command);
        try {
            long start = System.nanoTime();
            Process process = builder(timed).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("did not finish in 10 minutes: " + command);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            String printed = Files.readString(out, StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0 || json && !(printed.startsWith("{") || printed.startsWith("["))) {
                throw new IllegalStateException(command + " exited with " + process.exitValue() + ", printed "
                        + abbreviate(printed) + "; error output: " + abbreviate(Files.readString(err)));
            }
            return new Timing(elapsed, childrenCpu(Files.readString(times)));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(times);
        }
    }

    /** {@code times} prints the shell's user and system time, then its children's: the second line's sum. */
    private static Duration childrenCpu(String times) {
        Matcher matcher = SHELL_TIME.matcher(times);
        double seconds = 0;
        for (int i = 0; matcher.find(); i++) {
            if (i >= 2) {
                seconds += Integer.parseInt(matcher.group(1)) * 60 + Double.parseDouble(matcher.group(2));
            }
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    Process start(List<String> command, Path log) throws IOException {
        Process process = builder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        return process;
    }

    private ProcessBuilder builder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().put("DOSSIER_DATA_DIR", dataDir.toString());
        // the launcher runs the JDK that runs the bench, not whichever java the PATH finds first
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
