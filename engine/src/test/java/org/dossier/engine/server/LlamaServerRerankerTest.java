package org.dossier.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.dossier.engine.ModelStatus.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlamaServerRerankerTest {

    @TempDir
    Path directory;

    @Test
    void theCommandLineServesOnlyRerankingOnLoopbackWithABatchThatHoldsAPassage() {
        var settings = LlamaServerSettings.reranking(Path.of("/models/bge-reranker-v2-m3-Q8_0.gguf"));

        assertThat(LlamaServerCommand.of(Path.of("/bin/llama-server"), settings, 41236, "k", null).arguments())
                .containsExactly("/bin/llama-server", "--host", "127.0.0.1", "--port", "41236", "--no-webui",
                        "-m", "/models/bge-reranker-v2-m3-Q8_0.gguf", "--parallel", "1", "-c", "2048",
                        "-t", Integer.toString(settings.threads()), "-ngl", "99",
                        "--reranking", "-b", "2048", "-ub", "2048");
    }

    @Test
    void aThirdServerStartsReRanksAndStopsLeavingNoProcess() throws Exception {
        var settings = LlamaServerSettings.chat(StandInBinary.model(directory, "gguf"))
                .withBinary(StandInBinary.writeTo(directory));
        try (LlamaServerReranker reranker = LlamaServerReranker.start(settings)) {
            // no waiting here: a question asked while the reranker loads waits for it
            double[] scores = reranker.rerank("harbour payments", List.of("rye bread", "harbour payments stopped"));

            assertThat(scores).containsExactly(0, 2);
            assertThat(reranker.status().state()).isEqualTo(State.READY);
            ProcessHandle process = ProcessHandle.of(reranker.server().pid().orElseThrow()).orElseThrow();
            assertThat(String.join(" ", process.info().arguments().orElseThrow()))
                    .contains("--host 127.0.0.1 --port " + reranker.server().baseUrl().getPort())
                    .doesNotContain(reranker.server().apiKey())
                    .contains("--reranking");
            List<ProcessHandle> family = Stream.concat(Stream.of(process), process.descendants()).toList();

            reranker.close();

            assertThat(family).noneMatch(ProcessHandle::isAlive);
            assertThat(reranker.status().detail()).contains("stopped");
        }
    }

    @Test
    void aMissingRerankerFileFailsAtOnceNamingItsSetting() throws Exception {
        var settings = LlamaServerSettings.chat(directory.resolve("no-such-reranker.gguf"))
                .withBinary(StandInBinary.writeTo(directory));
        try (LlamaServerReranker reranker = LlamaServerReranker.start(settings)) {
            assertThat(reranker.server().awaitStarted(Duration.ofSeconds(5)).state()).isEqualTo(State.FAILED);
            assertThat(reranker.status().detail()).contains("no-such-reranker.gguf")
                    .contains("dossier.engine.reranker-model");
        }
    }
}
