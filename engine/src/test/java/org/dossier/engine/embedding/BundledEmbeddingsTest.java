package org.dossier.engine.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dossier.engine.ModelStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real bundled model from its Maven artifact, offline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledEmbeddingsTest {

    private BundledEmbeddings embeddings;

    @BeforeAll
    void load(@TempDir Path cache) {
        embeddings = new BundledEmbeddings(cache);
    }

    @Test
    void embedsABatchIntoUnitVectorsOfTheStatedDimension() {
        List<float[]> vectors = embeddings.embed(List.of("The dredging contract was signed in March.",
                "Invoices were inflated.", "Rain fell all week."));

        assertThat(vectors).hasSize(3).allSatisfy(vector -> {
            assertThat(vector).hasSize(embeddings.dimensions());
            assertThat(norm(vector)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-3));
        });
        assertThat(embeddings.status().state()).isEqualTo(ModelStatus.State.READY);
    }

    @Test
    void aQueryLandsNearerThePassageThatAnswersItThanAnUnrelatedOne() {
        float[] query = embeddings.embedQuery("who signed the harbour dredging agreement?");
        List<float[]> passages = embeddings.embed(List.of(
                "The dredging contract was signed by Harbour Master Tomas Brenner on 12 March 2024.",
                "The bakery on Quay Street sells rye bread on Saturdays."));

        assertThat(dot(query, passages.get(0))).isGreaterThan(dot(query, passages.get(1)) + 0.1);
    }

    @Test
    void theModelIdNamesTheModelSoVectorsOfTwoModelsNeverMix() {
        assertThat(embeddings.modelId()).isEqualTo("bundled:bge-small-en-v1.5-q");
    }

    @Test
    void aCommandThatNeverEmbedsNeverLoadsTheModel(@TempDir Path otherCache) {
        long loadsBefore = loadThreads();

        BundledEmbeddings unused = new BundledEmbeddings(otherCache);
        unused.modelId();
        unused.dimensions();
        ModelStatus status = unused.status();

        assertThat(status.state()).isEqualTo(ModelStatus.State.LOADING);
        assertThat(status.detail()).contains("when it is first needed");
        assertThat(loadThreads()).isLessThanOrEqualTo(loadsBefore);
    }

    @Test
    void warmingUpLoadsInTheBackgroundAndTheFirstEmbeddingWaitsForIt(@TempDir Path otherCache) {
        BundledEmbeddings warmed = new BundledEmbeddings(otherCache);

        warmed.warmUp();
        warmed.warmUp(); // once is enough: a second call starts nothing

        assertThat(warmed.status().detail()).doesNotContain("when it is first needed");
        assertThat(warmed.embedQuery("who signed?")).hasSize(warmed.dimensions());
        assertThat(warmed.status().state()).isEqualTo(ModelStatus.State.READY);
    }

    private static long loadThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("embedding-model-load")).count();
    }

    @Test
    void nothingToEmbedIsNoWork() {
        assertThat(embeddings.embed(List.of())).isEmpty();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }
}
