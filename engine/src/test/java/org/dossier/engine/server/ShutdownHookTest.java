package org.dossier.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.engine.server.OwnerOutput.readLineStartingWith;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShutdownHookTest {

    @TempDir
    Path directory;

    @Test
    void whenDossiersJvmIsStoppedLikeCtrlCTheServerIsStoppedToo() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process owner = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ServerOwnerMain.class.getName(), StandInBinary.writeTo(directory).toString(),
                StandInBinary.model(directory, "gguf").toString()).redirectErrorStream(true).start();
        Optional<ProcessHandle> server = Optional.empty();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream(),
                    StandardCharsets.UTF_8));
            String status = readLineStartingWith(output, "status ");
            assertThat(status).isEqualTo("status READY");
            long serverPid = Long.parseLong(readLineStartingWith(output, "pid ").substring(4));
            server = ProcessHandle.of(serverPid);
            assertThat(server).isPresent();

            owner.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C

            assertThat(owner.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(server.get().isAlive()).isFalse();
        } finally {
            owner.destroyForcibly();
            server.ifPresent(ProcessHandle::destroyForcibly); // no orphan even when this test fails
        }
    }
}
