package org.dossier.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.dossier.engine.ModelStatus;
import org.dossier.engine.gguf.GgufReader;
import org.dossier.engine.gguf.TinyLlamaGguf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embeddings on the real JNI path, with the only pooling proven safe on the tiny llama model: last token and CLS. */
class InProcessLlamaEmbeddingsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;
    static InProcessLlamaEmbeddings embeddings;

    @BeforeAll
    static void loadTheTinyModel() throws IOException, InterruptedException {
        embeddings = InProcessLlamaEmbeddings.start(new InProcessSettings(TinyLlamaGguf.write(dir.resolve("tiny.gguf")),
                512, 2, 0));
        embeddings.awaitLoaded(WAIT);
    }

    @AfterAll
    static void unload() {
        embeddings.close();
    }

    @Test
    void embedsABatchInOrderAsUnitVectorsOfTheModelsWidth() {
        // when
        List<float[]> vectors = embeddings.embed(List.of("the invoice was paid", "a question", "the invoice was paid"));

        // then
        assertThat(embeddings.status().state()).isEqualTo(ModelStatus.State.READY);
        assertThat(embeddings.dimensions()).isEqualTo(16);
        assertThat(vectors).hasSize(3).allSatisfy(vector -> {
            assertThat(vector).hasSize(16);
            assertThat(norm(vector)).isCloseTo(1.0, within(1e-5));
        });
        assertThat(vectors.get(2)).containsExactly(vectors.get(0));
        assertThat(vectors.get(1)).isNotEqualTo(vectors.get(0));
    }

    @Test
    void theModelIdNamesTheFileSoVectorsFromAnotherModelNeverMix() {
        assertThat(embeddings.modelId()).startsWith("llama.cpp:tiny.gguf:");
    }

    @Test
    void aPassageLongerThanTheContextIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> embeddings.embed(List.of("word ".repeat(200))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than the embedding context (512 tokens)")
                .hasMessageContaining("split passages smaller");
    }

    @Test
    void aModelThatPoolsByClsIsEmbeddedThatWay() throws IOException, InterruptedException {
        Path cls = TinyLlamaGguf.writeWithPooling(dir.resolve("cls.gguf"), 2);
        try (var engine = InProcessLlamaEmbeddings.start(new InProcessSettings(cls, 512, 1, 0))) {
            assertThat(engine.awaitLoaded(WAIT).state()).isEqualTo(ModelStatus.State.READY);
            assertThat(norm(engine.embed(List.of("hello")).getFirst())).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void aModelThatPoolsByMeanIsSentToTheManagedServerBeforeAnyNativeCall() throws IOException, InterruptedException {
        // mean pooling aborts the JVM inside llama.cpp build 4916 (GGML_ASSERT), so it must never reach native code
        AtomicInteger nativeLoads = new AtomicInteger();
        NativeLoader counting = parameters -> {
            nativeLoads.incrementAndGet();
            throw new AssertionError("a mean-pooling model reached native code");
        };
        Path mean = TinyLlamaGguf.writeWithPooling(dir.resolve("mean.gguf"), 1);
        var preflight = new ModelPreflight(new GgufReader(), new ArchitectureSupport(), new MemoryCheck(() -> Long.MAX_VALUE));

        try (var engine = new InProcessLlamaEmbeddings(new InProcessSettings(mean, 512, 1, 0), preflight, counting)) {
            ModelStatus status = engine.awaitLoaded(WAIT);

            assertThat(status.state()).isEqualTo(ModelStatus.State.FAILED);
            assertThat(status.detail()).isEqualTo("embedding model mean.gguf pools by mean, which crashes the in-process"
                    + " llama.cpp (build 4916): use the managed llama-server runtime (dossier.engine.runtime=llama-server)");
            assertThat(nativeLoads).hasValue(0);
        }
    }

    private static double norm(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}
