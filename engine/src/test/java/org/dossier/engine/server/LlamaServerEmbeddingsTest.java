package org.dossier.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlamaServerEmbeddingsTest {

    @TempDir
    Path directory;

    @Test
    void aSecondServerStartedWithEmbeddingsTurnsTextsIntoVectors() throws Exception {
        var settings = LlamaServerSettings.chat(StandInBinary.model(directory, "gguf"))
                .withBinary(StandInBinary.writeTo(directory));
        try (LlamaServerEmbeddings embeddings = LlamaServerEmbeddings.start(settings)) {
            await(embeddings);

            List<float[]> vectors = embeddings.embed(List.of("one", "three"));

            assertThat(vectors).hasSize(2);
            assertThat(vectors.get(1)[3]).isEqualTo(5f);
            assertThat(embeddings.dimensions()).isEqualTo(4);
            assertThat(embeddings.modelId()).isEqualTo("llama-server:tiny-model.gguf");
        }
    }

    @Test
    void theCommandLineBindsToLoopbackAndServesEmbeddingsOnlyWhenAsked() {
        var chat = LlamaServerSettings.chat(Path.of("/models/m.gguf"));

        assertThat(LlamaServerCommand.of(Path.of("/bin/llama-server"), chat, 41234, "k").arguments()).containsExactly(
                "/bin/llama-server", "--host", "127.0.0.1", "--port", "41234", "--no-webui",
                "-m", "/models/m.gguf", "-c", "8192", "-t", Integer.toString(chat.threads()), "-ngl", "99");
        assertThat(LlamaServerCommand.of(Path.of("/bin/llama-server"), LlamaServerSettings.embeddings(
                Path.of("/models/e.gguf")), 41235, "k").arguments()).contains("--embeddings")
                .containsSequence("-c", "2048");
    }

    private static void await(LlamaServerEmbeddings embeddings) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!embeddings.status().ready() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(embeddings.status().ready()).as(embeddings.status().detail()).isTrue();
    }
}
