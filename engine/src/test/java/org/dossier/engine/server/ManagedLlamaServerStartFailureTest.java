package org.dossier.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.dossier.engine.ModelStatus;
import org.dossier.engine.ModelStatus.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way llama-server can fail to start ends in FAILED with one line that says what to do. */
class ManagedLlamaServerStartFailureTest {

    private static final Duration START = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    @Test
    void aMissingBinarySaysHowToInstallLlamaCpp() throws Exception {
        var settings = LlamaServerSettings.chat(StandInBinary.model(directory, "gguf"))
                .withBinary(directory.resolve("no-such-dir/llama-server"));

        ModelStatus status = startAndWait(new ManagedLlamaServer(settings));

        assertThat(status.state()).isEqualTo(State.FAILED);
        assertThat(status.detail()).startsWith("llama-server not found at").contains("brew install llama.cpp")
                .contains("dossier.engine.llama-server").doesNotContain("\n");
    }

    @Test
    void withNoBinaryConfiguredItIsLookedForOnThePath() throws Exception {
        Path binary = StandInBinary.writeTo(directory);

        assertThat(LlamaServerBinary.locate(null, "/no/such/dir:" + directory)).isEqualTo(binary);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> LlamaServerBinary.locate(null, "/no/such")))
                .hasMessage(LlamaServerBinary.NOT_FOUND);
    }

    @Test
    void aMissingModelFileNamesTheFileAndTheSetting() throws Exception {
        var settings = LlamaServerSettings.chat(directory.resolve("missing.gguf"))
                .withBinary(StandInBinary.writeTo(directory));

        ModelStatus status = startAndWait(new ManagedLlamaServer(settings));

        assertThat(status.state()).isEqualTo(State.FAILED);
        assertThat(status.detail()).isEqualTo("model file not found: " + directory.resolve("missing.gguf")
                + " — set dossier.engine.chat-model to an existing GGUF file");
    }

    @Test
    void aConfiguredPortThatIsTakenIsRefusedWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var settings = LlamaServerSettings.chat(StandInBinary.model(directory, "gguf"))
                    .withBinary(StandInBinary.writeTo(directory)).withPort(taken.getLocalPort());

            ModelStatus status = startAndWait(new ManagedLlamaServer(settings));

            assertThat(status.state()).isEqualTo(State.FAILED);
            assertThat(status.detail()).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
                    .contains("dossier.engine.llama-server-port").doesNotContain("\n");
        }
    }

    @Test
    void aPickedPortTakenBeforeTheServerBindsItIsReplacedByAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var settings = LlamaServerSettings.chat(StandInBinary.model(directory, "gguf"))
                    .withBinary(StandInBinary.writeTo(directory));
            AtomicInteger picks = new AtomicInteger();
            var server = new ManagedLlamaServer(settings,
                    () -> picks.getAndIncrement() == 0 ? taken.getLocalPort() : FreePort.pick());
            try (server) {
                ModelStatus status = startAndWait(server);

                assertThat(status.state()).as(status.detail()).isEqualTo(State.READY);
                assertThat(server.baseUrl().getPort()).isNotEqualTo(taken.getLocalPort());
                assertThat(picks).hasValue(2);
            }
        }
    }

    @Test
    void aServerThatExitsWhileStartingIsReportedWithItsLastWords() throws Exception {
        var settings = LlamaServerSettings.chat(StandInBinary.model(directory, "corrupt"))
                .withBinary(StandInBinary.writeTo(directory));
        try (var server = new ManagedLlamaServer(settings)) {

            ModelStatus status = startAndWait(server);

            assertThat(status.state()).isEqualTo(State.FAILED);
            assertThat(status.detail()).startsWith("llama-server exited while starting (code 1)")
                    .contains("invalid magic characters").doesNotContain("\n");
            assertThat(server.pid()).isEmpty();
        }
    }

    private static ModelStatus startAndWait(ManagedLlamaServer server) throws InterruptedException {
        server.start();
        return server.awaitStarted(START);
    }
}
