package org.dossier.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.dossier.web.privacy.StraceLog.Analysis;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dossier's promise that nothing leaves the machine, checked on the packaged jar through a whole session
 * ({@link NoNetworkScenario}): once under strace, every connect, send and bind of Dossier and of the processes it
 * starts recorded and none allowed off loopback; once inside a network namespace that has nothing but loopback,
 * where the session must work all the same.
 *
 * <p>Without strace (or where ptrace is forbidden) the first is skipped, and fails when DOSSIER_REQUIRE_STRACE=true
 * (as in {@code .ci/run}). Where unprivileged network namespaces are not permitted the second is skipped.
 */
class NoNetworkIT {

    /** Every call that names a peer, and bind: what Dossier listens on must be loopback too. */
    private static final List<String> TRACED_CALLS = List.of("-e", "trace=connect,sendto,sendmsg,sendmmsg,bind");

    private final Path jar = Path.of(System.getProperty("dossier.jar", "target/dossier.jar"));
    private final Path sampleDocs = Path.of(System.getProperty("dossier.sample-docs", "../sample-docs"));

    @Test
    void reachesForNothingButLoopbackThroughAWholeSession(@TempDir Path work) throws Exception {
        requireStrace();
        Path traceLog = work.resolve("strace.log");
        // -f follows every thread and child (parse workers); --seccomp-bpf stops the JVM only on the traced calls
        List<String> strace = new ArrayList<>(List.of("strace", "-f", "--seccomp-bpf", "-o", traceLog.toString()));
        strace.addAll(TRACED_CALLS);
        List<String> steps = new ArrayList<>();

        new NoNetworkScenario(jar, sampleDocs, work.resolve("scenario"), strace, steps::add).run();

        List<String> lines = Files.readAllLines(traceLog, StandardCharsets.UTF_8);
        Analysis analysis = StraceLog.analyse(lines);
        if (!analysis.violations().isEmpty()) {
            fail("Dossier reached off the machine; offending strace lines:\n" + analysis.violations().stream()
                    .map(violation -> violation.reason() + "\n    " + violation.call())
                    .collect(Collectors.joining("\n")));
        }
        assertThat(lines).as("strace followed the processes it traced").anyMatch(line -> line.contains("+++ exited"));
        System.out.println("Under strace:\n" + String.join("\n", steps) + "\nAddress families in "
                + lines.size() + " strace lines: " + analysis.families());
    }

    @Test
    void worksInANetworkNamespaceWithOnlyLoopback(@TempDir Path work) throws Exception {
        Optional<String> refused = run(List.of("unshare", "-rn", "sh", "-c", "ip link set lo up"), work);
        if (refused.isPresent()) {
            String why = "no network namespace with only loopback here (needs unshare -rn and ip): " + refused.get();
            System.err.println("Skipped: " + why);
            Assumptions.abort(why);
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path output = work.resolve("driver.log");
        Process driver = new ProcessBuilder("unshare", "-rn", "sh", "-c", "ip link set lo up && exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                NoNetworkDriver.class.getName(), jar.toString(), sampleDocs.toString(),
                Files.createDirectories(work.resolve("scenario")).toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        driver.getOutputStream().close();

        boolean ended = driver.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            driver.descendants().forEach(ProcessHandle::destroyForcibly);
            driver.destroyForcibly();
        }

        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the scenario ended within 5 minutes:\n%s", said).isTrue();
        assertThat(driver.exitValue()).as("the scenario inside the namespace:\n%s", said).isZero();
        System.out.println("In a network namespace with only loopback:\n" + said.strip());
    }

    private void requireStrace() throws InterruptedException {
        List<String> probe = new ArrayList<>(List.of("strace", "-f", "--seccomp-bpf", "-o", "/dev/null"));
        probe.addAll(TRACED_CALLS);
        probe.add("true");
        Optional<String> unusable = run(probe, Path.of(System.getProperty("java.io.tmpdir")));
        if (unusable.isEmpty()) {
            return;
        }
        if (Boolean.parseBoolean(System.getenv("DOSSIER_REQUIRE_STRACE"))) {
            fail("strace is required (DOSSIER_REQUIRE_STRACE=true) but " + unusable.get());
        }
        String why = "strace cannot trace here: " + unusable.get()
                + " — install strace (apt-get install strace) and allow ptrace; .ci/run insists on it";
        System.err.println("Skipped: " + why);
        Assumptions.abort(why);
    }

    /** Runs a probe; empty when it succeeded, else why not. */
    private static Optional<String> run(List<String> command, Path directory) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? Optional.empty()
                    : Optional.of(String.join(" ", command) + " exited with " + process.exitValue() + ": " + output);
        } catch (IOException e) {
            return Optional.of(command.getFirst() + " could not run: " + e.getMessage());
        }
    }
}
