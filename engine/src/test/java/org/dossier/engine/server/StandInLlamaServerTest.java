package org.dossier.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in behaves as the real llama-server where Dossier's tests rely on it: arguments, key, web UI. */
class StandInLlamaServerTest {

    @TempDir
    Path directory;

    @Test
    void servesItsWebUiAtTheRootByDefaultAsTheRealServerDoes() throws Exception {
        StandInLlamaServer server = new StandInLlamaServer("127.0.0.1", 0, "secret", 0, false);
        try (HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()) {
            URI root = URI.create("http://127.0.0.1:" + server.port() + "/");

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(root).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        } finally {
            server.stop();
        }
    }

    @Test
    void noWebuiTurnsTheWebUiOff() {
        assertThat(StandInArguments.parse(new String[] {"--no-webui"}, Map.of()).webui()).isFalse();
        assertThat(StandInArguments.parse(new String[] {"--embeddings"}, Map.of()).webui()).isTrue();
    }

    @Test
    void takesItsKeysFromTheEnvironmentAndTheCommandLineAsLlamaCppDoes() throws Exception {
        Path keyFile = Files.writeString(directory.resolve("keys"), "from-file\n\n");

        StandInArguments arguments = StandInArguments.parse(new String[] {"--api_key", "from-argv",
                "--api-key-file", keyFile.toString()}, Map.of("LLAMA_API_KEY", "from-env"));

        assertThat(arguments.apiKeys()).containsExactlyInAnyOrder("from-env", "from-argv", "from-file");
    }

    @Test
    void refusesAnArgumentTheRealServerDoesNotKnowWithItsMessageAndExitCode1() throws Exception {
        Process process = new ProcessBuilder(StandInBinary.writeTo(directory).toString(),
                "-m", StandInBinary.model(directory, "gguf").toString(), "--no-such-flag")
                .redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(output).contains("error: invalid argument: --no-such-flag");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aFlagWithoutItsValueIsRefusedToo() {
        Throwable refused = catchThrowable(() -> StandInArguments.parse(new String[] {"--port"}, Map.of()));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("error while handling argument \"--port\": expected value for argument");
    }

    @Test
    void sizesItsSlotsAsLlamaCppDoesAndCapsThemAtTheTrainingContext() throws Exception {
        // given a model trained for 4,096 tokens
        Path model = org.dossier.engine.gguf.TinyLlamaGguf.writeWithContextLength(directory.resolve("m.gguf"), 4096);
        StandInGguf header = StandInGguf.read(model);

        // then: "auto" is 4 slots on one unified cache, each may use all of -c, capped at the training context
        assertThat(slotContext(header, "-c", "8192")).isEqualTo(4096);
        assertThat(slotContext(header, "-c", "2048")).isEqualTo(2048);
        // explicit slots divide -c (padded to 256), as without a unified cache
        assertThat(slotContext(header, "-c", "8192", "--parallel", "4")).isEqualTo(2048);
        assertThat(slotContext(header, "-c", "1000", "-np", "3")).isEqualTo(512);
        assertThat(slotContext(header, "-c", "8192", "--parallel", "1")).isEqualTo(4096);
        assertThat(header.trainedContext()).isEqualTo(4096);
        assertThat(header.poolingType()).isEqualTo(-1);
    }

    private static int slotContext(StandInGguf header, String... flags) {
        return StandInLlamaServer.Serving.of(StandInArguments.parse(flags, Map.of()), header).slotContext();
    }
}
