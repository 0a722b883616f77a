package org.dossier.indexer.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.SearchFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The background embedding stage over a real index, with the real bundled model. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackgroundEmbeddingTest {

    private BundledEmbeddings bundled;

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private IndexerStack stack;

    @BeforeAll
    void loadModel(@TempDir Path cache) {
        bundled = new BundledEmbeddings(cache);
    }

    @BeforeEach
    void openStack() {
        stack = new IndexerStack(dataDir);
    }

    @AfterEach
    void closeStack() throws Exception {
        stack.close();
    }

    @Test
    void passagesAreSearchableByKeywordAtOnceAndGetTheirVectorsInTheBackground() throws Exception {
        Files.writeString(folder.resolve("dredger.txt"), "The vessel Nordstern stayed moored at the quay for nineteen days.");
        Files.writeString(folder.resolve("bakery.txt"), "Fresh rye bread is sold on Saturdays in the old town.");
        try (BackgroundEmbedding stage = new BackgroundEmbedding(stack.index.passages(), bundled, 8)) {
            stack.indexing.afterEachRun(stage::wake);

            stack.indexing.index(folder);
            assertThat(stack.index.search("Nordstern", 5)).hasSize(1);

            assertThat(stage.awaitIdle(Duration.ofSeconds(60))).isTrue();
            assertThat(stage.progress().embedded()).isEqualTo(2);
            assertThat(stage.progress().pending()).isZero();
            var nearest = stack.index.searchVector(bundled.embedQuery("how long was the ship idle?"),
                    bundled.modelId(), SearchFilter.NONE, 1);
            assertThat(nearest.getFirst().text()).contains("Nordstern");
        }
    }

    @Test
    void aChangedFileGetsNewVectorsAndNoneOfItsOldPassagesComeBack() throws Exception {
        Path memo = Files.writeString(folder.resolve("memo.txt"), "The budget is ten million euros.");
        try (BackgroundEmbedding stage = new BackgroundEmbedding(stack.index.passages(), bundled, 8)) {
            stack.indexing.afterEachRun(stage::wake);
            stack.indexing.index(folder);
            stage.awaitIdle(Duration.ofSeconds(60));

            Files.writeString(memo, "The budget is twelve million euros, after the audit.");
            Files.setLastModifiedTime(memo, FileTime.from(Instant.now().plusSeconds(5)));
            stack.indexing.index(folder);
            stage.awaitIdle(Duration.ofSeconds(60));

            assertThat(stack.index.passageCount()).isEqualTo(1);
            assertThat(stack.index.vectorCount(bundled.modelId())).isEqualTo(1);
            assertThat(stack.index.searchVector(bundled.embedQuery("budget"), bundled.modelId(), SearchFilter.NONE, 5))
                    .singleElement().extracting(hit -> hit.text()).asString().contains("twelve");
        }
    }

    @Test
    void whenTheModelChangesEverythingIsEmbeddedAgainAndTheTwoModelsNeverMix() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Invoices were inflated by forty percent.");
        Files.writeString(folder.resolve("b.txt"), "The board suspended all payments.");
        try (BackgroundEmbedding first = new BackgroundEmbedding(stack.index.passages(), bundled, 8)) {
            stack.indexing.afterEachRun(first::wake);
            stack.indexing.index(folder);
            first.awaitIdle(Duration.ofSeconds(60));
        }
        EmbeddingEngine renamed = new Renamed(bundled, "bundled:another-version");

        assertThat(stack.index.vectorCount(renamed.modelId())).isZero();
        assertThat(stack.index.searchVector(renamed.embedQuery("payments"), renamed.modelId(), SearchFilter.NONE, 5))
                .as("no vector of the old model answers a search with the new one").isEmpty();
        try (BackgroundEmbedding second = new BackgroundEmbedding(stack.index.passages(), renamed, 8)) {
            second.wake();
            assertThat(second.awaitIdle(Duration.ofSeconds(60))).isTrue();
        }
        assertThat(stack.index.vectorCount(renamed.modelId())).isEqualTo(2);
        assertThat(stack.index.vectorCount(bundled.modelId())).isZero();
    }

    /** The same vectors under another model id: stands for a changed embedding model. */
    private record Renamed(EmbeddingEngine delegate, String modelId) implements EmbeddingEngine {
        @Override
        public ModelStatus status() {
            return delegate.status();
        }

        @Override
        public int dimensions() {
            return delegate.dimensions();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return delegate.embed(texts);
        }
    }
}
