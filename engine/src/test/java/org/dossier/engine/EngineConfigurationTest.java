package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.engine.llamacpp.InProcessLlamaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Settings to runtimes: what a user writes in application.yml decides which engine runs, or why none can. */
class EngineConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EngineConfiguration.class)
            .withPropertyValues("dossier.data-dir=target/engine-config-test");

    @Test
    void withNothingConfiguredAnswersAreRetrievalOnlyAndTheBundledModelEmbeds() {
        context.run(app -> {
            assertThat(app.getBean(ChatEngine.class).status().state()).isEqualTo(ModelStatus.State.NOT_CONFIGURED);
            assertThat(app.getBean(EmbeddingEngine.class).modelId()).isEqualTo("bundled:bge-small-en-v1.5-q");
        });
    }

    @Test
    void withNoRerankerConfiguredNoneIsCreatedAndNothingIsStarted() {
        context.withPropertyValues("dossier.engine.reranker-model=", "dossier.engine.reranker-base-url=")
                .run(app -> assertThat(app.getBeansOfType(Reranker.class)).isEmpty());
    }

    @Test
    void aRerankerServerIsReachedAtItsLoopbackUrlByName() {
        context.withPropertyValues("dossier.engine.reranker-base-url=http://127.0.0.1:8012/v1",
                        "dossier.engine.reranker-model-name=bge-reranker-v2-m3")
                .run(app -> assertThat(app.getBean(Reranker.class).status().detail())
                        .isEqualTo("reranker bge-reranker-v2-m3 at http://127.0.0.1:8012/v1"));
    }

    @Test
    void aRerankerIsRefusedOffThisMachineWithoutItsNameOrWhenSetTwice() {
        context.withPropertyValues("dossier.engine.reranker-base-url=http://10.0.0.2:8012/v1",
                        "dossier.engine.reranker-model-name=bge")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("dossier.engine.reranker-base-url=http://10.0.0.2:8012/v1"));
        context.withPropertyValues("dossier.engine.reranker-base-url=http://127.0.0.1:8012/v1")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageStartingWith("dossier.engine.reranker-model-name is empty"));
        context.withPropertyValues("dossier.engine.reranker-base-url=http://127.0.0.1:8012/v1",
                        "dossier.engine.reranker-model=/models/bge-reranker-v2-m3.gguf")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("both set"));
    }

    @Test
    void aRerankerFileThatCannotBeServedLeavesTheRerankerFailedNotDossier(@TempDir Path dir) {
        context.withPropertyValues("dossier.engine.reranker-model=" + dir.resolve("missing.gguf"),
                        "dossier.engine.llama-server=" + dir.resolve("no-llama-server"))
                .run(app -> {
                    Reranker reranker = app.getBean(Reranker.class);
                    assertThat(reranker.status().state()).isEqualTo(ModelStatus.State.FAILED);
                    assertThat(reranker.status().detail()).contains("llama-server not found");
                });
    }

    @Test
    void embeddingsCanBeTurnedOff() {
        context.withPropertyValues("dossier.engine.embedding=none")
                .run(app -> assertThat(app.getBeansOfType(EmbeddingEngine.class)).isEmpty());
    }

    @Test
    void anExternalServerOffThisMachineIsRefusedAtStartUpNamingTheSetting() {
        context.withPropertyValues("dossier.engine.runtime=openai-compatible",
                        "dossier.engine.base-url=http://192.168.1.5:11434/v1", "dossier.engine.model=gemma")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("dossier.engine.base-url=http://192.168.1.5:11434/v1")
                        .hasMessageContaining("loopback"));
    }

    @Test
    void anOllamaRuntimeUsesItsPresetAndTheConfiguredContextSize() {
        context.withPropertyValues("dossier.engine.runtime=ollama", "dossier.engine.model=gemma4:26b",
                        "dossier.engine.context-size=16384")
                .run(app -> {
                    ChatEngine engine = app.getBean(ChatEngine.class);
                    assertThat(engine.contextTokens()).isEqualTo(16384);
                    assertThat(engine.status().state()).isIn(ModelStatus.State.FAILED, ModelStatus.State.READY,
                            ModelStatus.State.LOADING);
                });
    }

    @Test
    void aRuntimeWithoutItsModelSaysWhichSettingIsMissing() {
        context.withPropertyValues("dossier.engine.runtime=llama-server")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageStartingWith("dossier.engine.chat-model is empty"));
        context.withPropertyValues("dossier.engine.runtime=ollama")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageStartingWith("dossier.engine.model is empty"));
    }

    @Test
    void theInProcessRuntimeLoadsTheConfiguredGgufAndAnswersThroughTheSeam(@TempDir Path dir) throws Exception {
        Path model = TinyLlamaGguf.write(dir.resolve("tiny.gguf"));

        // The data dir outlives this test: llama.cpp's natives unpack there, once for the whole test JVM.
        context.withPropertyValues("dossier.engine.runtime=in-process", "dossier.engine.chat-model=" + model,
                        "dossier.engine.context-size=256", "dossier.engine.threads=1", "dossier.engine.gpu-layers=0",
                        "dossier.data-dir=target/engine-config-test")
                .run(app -> {
                    ChatEngine engine = app.getBean(ChatEngine.class);
                    assertThat(((InProcessLlamaEngine) engine).awaitLoaded(Duration.ofSeconds(60)).state())
                            .isEqualTo(ModelStatus.State.READY);
                    List<String> pieces = new ArrayList<>();
                    GenerationResult result = engine.generate(new ChatRequest(List.of(ChatRequest.ChatMessage.user("Hi")),
                            5, List.of(), 0.0), pieces::add).await(Duration.ofSeconds(60));
                    assertThat(result.generatedTokens()).isEqualTo(5);
                    assertThat(pieces).hasSize(5);
                    assertThat(engine.contextTokens()).isEqualTo(256);
                });
    }

    @Test
    void aChatModelFileAloneMeansTheManagedLlamaServer() {
        EngineProperties properties = new EngineProperties(null, java.nio.file.Path.of("m.gguf"), null, null, null,
                null, 0, 0, 99, null, null, null, null, null, null, null, null, null, null);

        assertThat(properties.runtime()).isEqualTo(EngineProperties.Runtime.LLAMA_SERVER);
        assertThat(properties.contextSize()).isEqualTo(8192);
    }

    @Test
    void aChatModelThatNoLongerMatchesItsPinIsRefusedWithWhatToDo(@TempDir Path directory) throws Exception {
        Path model = TinyLlamaGguf.write(directory.resolve("pinned.gguf"));

        context.withPropertyValues("dossier.engine.chat-model=" + model, "dossier.engine.chat-model-sha256=" + "0".repeat(64),
                        "dossier.engine.llama-server=/nonexistent/llama-server", "dossier.data-dir=" + directory)
                .run(app -> {
                    ModelStatus status = app.getBean(ChatEngine.class).status();
                    assertThat(status.state()).isEqualTo(ModelStatus.State.FAILED);
                    assertThat(status.detail()).startsWith("chat model " + model + " has SHA-256 ")
                            .contains("not the " + "0".repeat(64), "dossier.engine.chat-model-sha256");
                });
    }

    @Test
    void aPinThatIsNotASha256IsRefusedAtStart() {
        context.withPropertyValues("dossier.engine.chat-model-sha256=abc123")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("64 hexadecimal digits"));
    }
}
