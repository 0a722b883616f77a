package org.dossier.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dossier.engine.ModelStatus.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client a managed llama-server is reached through: made once it is ready, for the address it has. */
class ServedModelTest {

    @TempDir
    Path directory;

    @Test
    void aServerThatIsNotReadyGivesNoClientButSaysWhy() throws Exception {
        var settings = LlamaServerSettings.chat(directory.resolve("missing.gguf"))
                .withBinary(StandInBinary.writeTo(directory));
        List<URI> connected = new ArrayList<>();
        try (var served = ServedModel.start(settings, (baseUrl, apiKey) -> connected.add(baseUrl))) {
            assertThat(served.server().awaitStarted(Duration.ofSeconds(5)).state()).isEqualTo(State.FAILED);

            assertThatThrownBy(() -> served.whenReady("chat model"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("no chat model is ready: model file not found: ")
                    .hasMessageContaining("missing.gguf");
            assertThat(connected).isEmpty();
        }
    }

    @Test
    void oneClientServesWhileTheAddressHoldsAndClosingStopsTheServer() throws Exception {
        var settings = LlamaServerSettings.chat(StandInBinary.model(directory, "gguf"))
                .withBinary(StandInBinary.writeTo(directory));
        List<String> made = new ArrayList<>();
        var served = ServedModel.start(settings, (baseUrl, apiKey) -> {
            made.add(baseUrl + " " + apiKey);
            return "client " + made.size();
        });
        try {
            assertThat(served.server().awaitStarted(Duration.ofSeconds(30)).state()).isEqualTo(State.READY);

            assertThat(served.whenReady("chat model")).isEqualTo("client 1");
            assertThat(served.whenReady("chat model")).isEqualTo("client 1");
            assertThat(made).containsExactly(served.server().baseUrl() + " " + served.server().apiKey());
        } finally {
            served.close();
        }
        assertThat(served.status().detail()).contains("stopped");
        assertThat(served.server().pid()).isEmpty();
    }
}
