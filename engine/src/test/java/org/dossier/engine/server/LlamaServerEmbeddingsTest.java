package org.dossier.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dossier.engine.EngineProperties;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.engine.openai.OpenAiCompatibleEmbeddings;
import org.dossier.engine.openai.OpenAiCompatibleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlamaServerEmbeddingsTest {

    @TempDir
    Path directory;

    @Test
    void aSecondServerStartedWithEmbeddingsTurnsTextsIntoVectors() throws Exception {
        var settings = LlamaServerSettings.chat(TinyLlamaGguf.writeWithPooling(directory.resolve("tiny-model.gguf"), 1))
                .withBinary(StandInBinary.writeTo(directory));
        try (LlamaServerEmbeddings embeddings = LlamaServerEmbeddings.start(settings)) {
            await(embeddings);
            assertThat(commandLineOf(embeddings)).contains("--embeddings --pooling mean");

            List<float[]> vectors = embeddings.embed(List.of("one", "three"));

            assertThat(vectors).hasSize(2);
            assertThat(vectors.get(1)[3]).isEqualTo(5f);
            assertThat(embeddings.dimensions()).isEqualTo(4);
            assertThat(embeddings.modelId()).isEqualTo("llama-server:tiny-model.gguf");
        }
    }

    @Test
    void anEmbeddingModelWhoseHeaderNamesNoPoolingIsRefusedBeforeTheServerStarts() throws Exception {
        // given a GGUF without llama.pooling_type, which the real llama-server would serve with pooling "none"
        var settings = LlamaServerSettings.embeddings(TinyLlamaGguf.write(directory.resolve("no-pooling.gguf")))
                .withBinary(StandInBinary.writeTo(directory));

        try (LlamaServerEmbeddings embeddings = LlamaServerEmbeddings.start(settings)) {
            assertThat(embeddings.status().state()).isEqualTo(ModelStatus.State.FAILED);
            assertThat(embeddings.status().detail()).contains("no-pooling.gguf names no pooling type",
                    "Pooling type 'none' is not OAI compatible", "dossier.engine.embedding-pooling").doesNotContain("\n");
        }
    }

    @Test
    void thePoolingSettingServesAModelWhoseHeaderNamesNone() throws Exception {
        var settings = LlamaServerSettings.embeddings(TinyLlamaGguf.write(directory.resolve("no-pooling.gguf")))
                .withBinary(StandInBinary.writeTo(directory)).withPooling(EngineProperties.EmbeddingPooling.LAST);

        try (LlamaServerEmbeddings embeddings = LlamaServerEmbeddings.start(settings)) {
            await(embeddings);

            assertThat(commandLineOf(embeddings)).contains("--embeddings --pooling last");
            assertThat(embeddings.embed(List.of("one"))).hasSize(1);
            // a passage longer than llama-server's default physical batch of 512 tokens
            assertThat(embeddings.embed(List.of("word ".repeat(600)))).hasSize(1);
        }
    }

    @Test
    void theStandInRefusesEmbeddingsWithoutPoolingAsTheRealServerDoes() throws Exception {
        // given a server started the way Dossier used to: --embeddings, no --pooling, a model that names none
        Path model = TinyLlamaGguf.write(directory.resolve("no-pooling.gguf"));
        var serving = StandInLlamaServer.Serving.of(StandInArguments.parse(new String[] {"-m", model.toString(),
                "--embeddings"}, java.util.Map.of()), StandInGguf.read(model));
        StandInLlamaServer server = new StandInLlamaServer("127.0.0.1", 0, "k", serving);
        try {
            var client = new OpenAiCompatibleEmbeddings(OpenAiCompatibleSettings.of(
                    java.net.URI.create("http://127.0.0.1:" + server.port() + "/v1"), "e").withApiKey("k"));

            assertThatThrownBy(() -> client.embed(List.of("one"))).hasMessageContaining("400")
                    .hasMessageContaining("Pooling type 'none' is not OAI compatible");
        } finally {
            server.stop();
        }
    }

    @Test
    void theStandInRefusesAnInputLongerThanItsPhysicalBatchAsTheRealServerDoes() throws Exception {
        Path model = TinyLlamaGguf.writeWithPooling(directory.resolve("pooled.gguf"), 1);
        var serving = StandInLlamaServer.Serving.of(StandInArguments.parse(new String[] {"-m", model.toString(),
                "--embeddings", "-c", "2048"}, java.util.Map.of()), StandInGguf.read(model));
        StandInLlamaServer server = new StandInLlamaServer("127.0.0.1", 0, "k", serving);
        try {
            var client = new OpenAiCompatibleEmbeddings(OpenAiCompatibleSettings.of(
                    java.net.URI.create("http://127.0.0.1:" + server.port() + "/v1"), "e").withApiKey("k"));

            assertThat(client.embed(List.of("word ".repeat(500)))).hasSize(1);
            assertThatThrownBy(() -> client.embed(List.of("word ".repeat(600)))).hasMessageContaining("500")
                    .hasMessageContaining("input (600 tokens) is too large to process");
        } finally {
            server.stop();
        }
    }

    @Test
    void theCommandLineBindsToLoopbackWithOneSlotAndServesEmbeddingsOnlyWhenAsked() {
        var chat = LlamaServerSettings.chat(Path.of("/models/m.gguf"));

        assertThat(LlamaServerCommand.of(Path.of("/bin/llama-server"), chat, 41234, "k", null).arguments())
                .containsExactly("/bin/llama-server", "--host", "127.0.0.1", "--port", "41234", "--no-webui",
                        "-m", "/models/m.gguf", "--parallel", "1", "-c", "8192",
                        "-t", Integer.toString(chat.threads()), "-ngl", "99");
        assertThat(LlamaServerCommand.of(Path.of("/bin/llama-server"), LlamaServerSettings.embeddings(
                Path.of("/models/e.gguf")), 41235, "k", "cls").arguments()).contains("--embeddings")
                .containsSequence("--pooling", "cls").containsSequence("-c", "2048")
                .containsSequence("-b", "2048", "-ub", "2048");
    }

    private static String commandLineOf(LlamaServerEmbeddings embeddings) {
        // the embeddings' own server process, as every local user sees it in ps
        return ProcessHandle.current().descendants()
                .map(process -> String.join(" ", process.info().arguments().orElse(new String[0])))
                .filter(line -> line.contains("--embeddings")).findFirst().orElse("");
    }

    private static void await(LlamaServerEmbeddings embeddings) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!embeddings.status().ready() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(embeddings.status().ready()).as(embeddings.status().detail()).isTrue();
    }
}
