package org.dossier.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.engine.server.OwnerOutput.readLineStartingWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in Dossier's shell: the terminal sends SIGINT to its whole foreground process group. The shell survives it
 * (it stops the running answer); a managed llama-server must too, and still stop when Dossier exits.
 */
class CtrlCTest {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    @TempDir
    Path directory;

    @Test
    void ctrlCToTheShellsProcessGroupLeavesTheManagedServerRunningAndExitStillStopsIt() throws Exception {
        assumeTrue(Files.isExecutable(SETSID), "needs util-linux's setsid to give the owner a process group");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // given Dossier (here a stand-in that ignores SIGINT, as the shell does) leading a process group of its own,
        // as a terminal's foreground job, with a managed server started
        Process owner = new ProcessBuilder(SETSID.toString(), java.toString(), "-cp",
                System.getProperty("java.class.path"), ServerOwnerMain.class.getName(),
                StandInBinary.writeTo(directory).toString(), StandInBinary.model(directory, "gguf").toString(),
                "ignore-ctrl-c").redirectErrorStream(true).start();
        Optional<ProcessHandle> server = Optional.empty();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(readLineStartingWith(output, "status ")).isEqualTo("status READY");
            server = ProcessHandle.of(Long.parseLong(readLineStartingWith(output, "pid ").substring(4)));
            assertThat(server).isPresent();

            // when the terminal's Ctrl-C reaches the owner's process group
            Process ctrlC = new ProcessBuilder("kill", "-INT", "--", "-" + owner.pid()).inheritIO().start();
            assertThat(ctrlC.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ctrlC.exitValue()).isZero();
            assertThat(readLineStartingWith(output, "ctrl-c ")).isEqualTo("ctrl-c ignored");

            // then the server, in a session of its own, did not receive it
            Thread.sleep(Duration.ofSeconds(2)); // a SIGINT it had received would have ended it by now
            assertThat(server.get().isAlive()).isTrue();
            assertThat(owner.isAlive()).isTrue();

            // and when Dossier exits, it still stops the server
            owner.destroy();
            assertThat(owner.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(server.get().onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
        } finally {
            owner.destroyForcibly();
            server.ifPresent(ProcessHandle::destroyForcibly); // no orphan even when this test fails
        }
    }
}
