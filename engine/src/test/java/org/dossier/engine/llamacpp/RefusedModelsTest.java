package org.dossier.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import de.kherud.llama.LlamaModel;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.TokenEstimate;
import org.dossier.engine.gguf.GgufReader;
import org.dossier.engine.gguf.TinyLlamaGguf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models the in-process runtime must refuse: each ends FAILED with a one-line reason, and none reaches native code
 * (the loader counts the calls that would have).
 */
class RefusedModelsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final AtomicInteger nativeLoads = new AtomicInteger();
    private final NativeLoader countingLoader = parameters -> {
        nativeLoads.incrementAndGet();
        throw new AssertionError("a refused model reached native code");
    };

    private ModelStatus statusAfterLoading(Path model, long availableMemory) throws InterruptedException {
        var preflight = new ModelPreflight(new GgufReader(), new ArchitectureSupport(), new MemoryCheck(() -> availableMemory));
        try (var engine = new InProcessLlamaEngine(new InProcessSettings(model, 512, 1, 0), preflight, countingLoader)) {
            return engine.awaitLoaded(WAIT);
        }
    }

    private ModelStatus statusAfterLoading(Path model) throws InterruptedException {
        return statusAfterLoading(model, Long.MAX_VALUE);
    }

    @Test
    void aMissingFileFailsSayingSo() throws InterruptedException {
        ModelStatus status = statusAfterLoading(dir.resolve("absent.gguf"));

        assertThat(status.state()).isEqualTo(ModelStatus.State.FAILED);
        assertThat(status.detail()).startsWith("model file not found: ").doesNotContain("\n");
        assertThat(nativeLoads).hasValue(0);
    }

    @Test
    void randomBytesAreRefusedAsNotAGguf() throws IOException, InterruptedException {
        byte[] noise = new byte[10_000];
        new Random(1).nextBytes(noise);

        ModelStatus status = statusAfterLoading(Files.write(dir.resolve("noise.gguf"), noise));

        assertThat(status.detail()).startsWith("not a GGUF model file: ");
        assertThat(nativeLoads).hasValue(0);
    }

    @Test
    void aTruncatedModelIsRefused() throws IOException, InterruptedException {
        byte[] whole = Files.readAllBytes(TinyLlamaGguf.write(dir.resolve("tiny.gguf")));
        Path half = Files.write(dir.resolve("half.gguf"), Arrays.copyOf(whole, whole.length / 2));

        ModelStatus status = statusAfterLoading(half);

        assertThat(status.detail()).startsWith("model file is truncated: ");
        assertThat(nativeLoads).hasValue(0);
    }

    @Test
    void aGemma4ModelIsRefusedAsTooNewBeforeAnyNativeCall() throws IOException, InterruptedException {
        ModelStatus status = statusAfterLoading(TinyLlamaGguf.write(dir.resolve("gemma4.gguf"), "gemma4"));

        assertThat(status.state()).isEqualTo(ModelStatus.State.FAILED);
        assertThat(status.detail()).isEqualTo("model architecture 'gemma4' of gemma4.gguf is too new for the in-process"
                + " llama.cpp (build 4916): use the managed llama-server runtime (dossier.engine.runtime=llama-server)");
        assertThat(nativeLoads).hasValue(0);
    }

    @Test
    void aModelLargerThanTheAvailableMemoryIsRefused() throws IOException, InterruptedException {
        ModelStatus status = statusAfterLoading(TinyLlamaGguf.write(dir.resolve("tiny.gguf")), 1024);

        assertThat(status.detail()).startsWith("model tiny.gguf needs about 536 MB of memory but only 0 MB is available");
        assertThat(nativeLoads).hasValue(0);
    }

    @Test
    void aFailedEngineRefusesToGenerateAndEstimatesTokens() throws InterruptedException {
        var preflight = new ModelPreflight(new GgufReader(), new ArchitectureSupport(), new MemoryCheck(() -> 0));
        try (var engine = new InProcessLlamaEngine(new InProcessSettings(dir.resolve("absent.gguf"), 512, 1, 0),
                preflight, countingLoader)) {
            engine.awaitLoaded(WAIT);

            assertThatThrownBy(() -> engine.generate(new ChatRequest(List.of(ChatMessage.user("hi")), 5, List.of(), 0),
                    text -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("no chat model is ready: model file not found: ");
            assertThat(engine.countTokens("Hello world")).isEqualTo(TokenEstimate.conservative("Hello world"));
            assertThat(engine.countTokens(List.of("Hello world", "", "a")))
                    .containsExactly(TokenEstimate.conservative("Hello world"), 0, TokenEstimate.conservative("a"));
        }
    }

    @Test
    void theStatusIsLoadingUntilLlamaCppHasLoadedTheModel() throws Exception {
        // given a native load held back until the test lets it go
        var release = new CountDownLatch(1);
        NativeLoader slowLoader = parameters -> {
            awaitQuietly(release);
            return new LlamaModel(parameters);
        };
        Path model = TinyLlamaGguf.write(dir.resolve("tiny.gguf"));
        var preflight = new ModelPreflight(new GgufReader(), new ArchitectureSupport(), new MemoryCheck(() -> Long.MAX_VALUE));
        try (var engine = new InProcessLlamaEngine(new InProcessSettings(model, 512, 1, 0), preflight, slowLoader)) {
            // then
            assertThat(engine.status().state()).isEqualTo(ModelStatus.State.LOADING);
            release.countDown();
            assertThat(engine.awaitLoaded(Duration.ofSeconds(30)).state()).isEqualTo(ModelStatus.State.READY);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
