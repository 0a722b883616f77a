package org.dossier.engine.gguf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.dossier.engine.GgufModelFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code models} reads from a header: the figures people choose a model by, and what its KV cache takes. */
class GgufModelFactsTest {

    @TempDir
    Path directory;

    private final GgufReader reader = new GgufReader();

    @Test
    void aDenseModelsFiguresComeFromItsHeaderAndTensorTable() throws Exception {
        GgufModelFacts facts = reader.facts(TinyLlamaGguf.write(directory.resolve("tiny.gguf")));

        assertThat(facts.architecture()).isEqualTo("llama");
        assertThat(facts.fileType()).as("no general.file_type: the type of most weights").isEqualTo("F32");
        assertThat(facts.weightBytes()).isEqualTo(4 * facts.parameters());
        assertThat(facts.activeParameters()).isEqualTo(facts.parameters());
        assertThat(facts.mixtureOfExperts()).isFalse();
        assertThat(facts.trainedContext()).isEqualTo(512);
        assertThat(facts.hasChatTemplate()).isTrue();
        // 2 layers × 2 KV heads × (8 + 8) × 2 bytes
        assertThat(facts.kvBytesPerToken()).isEqualTo(128);
        assertThat(facts.kvCacheBytes(512)).isEqualTo(128 * 512);
        assertThat(facts.fileSize()).isGreaterThan(facts.weightBytes());
    }

    @Test
    void aMixtureOfExpertsCountsOnlyTheExpertsOneTokenUsesAsActive() throws Exception {
        GgufModelFacts facts = reader.facts(HeaderOnlyModels.mixtureOfExperts(directory.resolve("moe.gguf")));

        assertThat(facts.mixtureOfExperts()).isTrue();
        assertThat(facts.parameters()).isEqualTo(HeaderOnlyModels.MOE_PARAMETERS);
        assertThat(facts.activeParameters()).isEqualTo(HeaderOnlyModels.MOE_ACTIVE_PARAMETERS);
        assertThat(facts.expertCount()).isEqualTo(8);
        assertThat(facts.expertUsedCount()).isEqualTo(2);
        assertThat(facts.fileType()).isEqualTo("Q4_K_M");
        assertThat(facts.hasChatTemplate()).isFalse();
        // 2 layers × 1 KV head × (8 + 8) × 2 bytes
        assertThat(facts.kvBytesPerToken()).isEqualTo(64);
    }

    @Test
    void slidingWindowLayersHoldNoMoreThanTheirWindow() throws Exception {
        GgufModelFacts facts = reader.facts(HeaderOnlyModels.slidingWindow(directory.resolve("swa.gguf")));

        assertThat(facts.kvBytesPerToken()).isEqualTo(256);
        assertThat(facts.kvBytesPerWindowToken()).isEqualTo(384);
        assertThat(facts.slidingWindow()).isEqualTo(8);
        assertThat(facts.kvCacheBytes(4)).isEqualTo(256 * 4 + 384 * 4);
        assertThat(facts.kvCacheBytes(100)).isEqualTo(256 * 100 + 384 * 8);
    }
}
