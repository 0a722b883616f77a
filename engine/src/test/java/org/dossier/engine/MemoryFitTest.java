package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Weights + KV cache for the context + overhead, against what a machine lets a model take. */
class MemoryFitTest {

    private static final long GIB = 1L << 30;

    @Test
    void aModelFitsWhenWeightsCacheAndOverheadStayWithinTheUsableMemory() {
        // a 4 GiB model whose 32 layers keep 8 KV heads of 128: 32 × 8 × (128 + 128) × 2 = 131,072 bytes a token
        GgufModelFacts model = dense(4 * GIB, 32L * 8 * 256 * 2, 131_072);

        MemoryFit fit = MemoryFit.of(model, 8192, 16 * GIB);

        assertThat(fit.kvCacheBytes()).isEqualTo(GIB); // 8,192 tokens × 128 KiB
        assertThat(fit.neededBytes()).isEqualTo(4 * GIB + GIB + MemoryFit.OVERHEAD_BYTES);
        assertThat(fit.usableBytes()).isEqualTo(12 * GIB); // 16 GiB less 4 GiB kept for the system
        assertThat(fit.fits()).isTrue();
        // (12 − 4 − 1) GiB of room / 128 KiB a token = 57,344 tokens
        assertThat(fit.largestContext()).isEqualTo(57_344);
    }

    @Test
    void theLargestContextNeverPassesTheTrainedOne() {
        GgufModelFacts model = dense(GIB, 1024, 4096);

        assertThat(MemoryFit.of(model, 8192, 64 * GIB).largestContext()).isEqualTo(4096);
    }

    @Test
    void aModelLargerThanTheMachineDoesNotFitAtAnyContext() {
        GgufModelFacts model = dense(20 * GIB, 1024, 131_072);

        MemoryFit fit = MemoryFit.of(model, 2048, 24 * GIB);

        assertThat(fit.usableBytes()).isEqualTo(18 * GIB); // a quarter kept
        assertThat(fit.fits()).isFalse();
        assertThat(fit.largestContext()).isZero();
    }

    @Test
    void slidingWindowLayersCostTheirWindowOnceTheContextIsLonger() {
        GgufModelFacts model = new GgufModelFacts(Path.of("m.gguf"), "gemma4", "m", GIB, "Q4_K_M", 1, 1, 32_768,
                true, 4, GIB, 1024, 4096, 1024, 0, 0);

        MemoryFit fit = MemoryFit.of(model, 8192, 8 * GIB);

        assertThat(fit.kvCacheBytes()).isEqualTo(1024L * 8192 + 4096L * 1024);
    }

    private static GgufModelFacts dense(long weights, long kvPerToken, long trained) {
        return new GgufModelFacts(Path.of("m.gguf"), "llama", "m", weights, "Q4_K_M", weights, weights, trained,
                true, 32, weights, kvPerToken, 0, 0, 0, 0);
    }
}
