package org.dossier.indexer.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.EmbeddingProgress;
import org.dossier.indexer.TestIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad passage never stops the embedding stage: the real bundled model over a real index, with passages that
 * hold no words and one the model rejects (a model that refuses one text stands for a server refusing a passage).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddingFaultsTest {

    private static final String POISON = "Quarterly report of the harbour authority, section POISON.";

    private BundledEmbeddings bundled;

    @TempDir
    Path indexDir;

    private TestIndex index;

    @BeforeAll
    void loadModel(@TempDir Path cache) {
        bundled = new BundledEmbeddings(cache);
    }

    @BeforeEach
    void openIndex() {
        index = new TestIndex(indexDir);
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.close();
    }

    @Test
    void aBatchWithEmptyPassagesAndOneTheModelRejectsEmbedsTheOthersAndCountsTheBadOnes() throws Exception {
        add(1, "The vessel Nordstern stayed moored at the quay for nineteen days.");
        add(2, "\u2003\u3000 ");
        add(3, " \u0001\u0002\t ");
        add(4, POISON);
        add(5, "Fresh rye bread is sold on Saturdays in the old town.");
        add(6, "The board suspended all payments to the consultancy.");
        Rejecting rejecting = new Rejecting(bundled);

        try (BackgroundEmbedding stage = new BackgroundEmbedding(index.passages(), rejecting, 8)) {
            stage.wake();
            assertThat(stage.awaitIdle(Duration.ofSeconds(60))).isTrue();

            EmbeddingProgress progress = stage.progress();
            assertThat(progress.embedded()).isEqualTo(3);
            assertThat(progress.unembeddable()).isEqualTo(3);
            assertThat(progress.pending()).isZero();
            assertThat(progress.lastError()).as("skipping passages is not stopping").isNull();
            assertThat(index.search("Nordstern", 5)).as("still keyword-searchable").hasSize(1);
            assertThat(index.search("POISON", 5)).as("the rejected one too").hasSize(1);

            int rejectionsSoFar = rejecting.rejections.get();
            stage.wake();
            assertThat(stage.awaitIdle(Duration.ofSeconds(60))).isTrue();
            assertThat(rejecting.rejections.get()).as("a later pass does not ask the same model again")
                    .isEqualTo(rejectionsSoFar);
        }
    }

    @Test
    void aChangedModelTriesThePassagesTheOldOneRejected() throws Exception {
        add(1, POISON);
        add(2, "The vessel Nordstern stayed moored at the quay for nineteen days.");
        try (BackgroundEmbedding stage = new BackgroundEmbedding(index.passages(), new Rejecting(bundled), 8)) {
            stage.wake();
            stage.awaitIdle(Duration.ofSeconds(60));
            assertThat(stage.progress().unembeddable()).isEqualTo(1);
        }
        EmbeddingEngine next = new Renamed(bundled, "bundled:next-version");

        try (BackgroundEmbedding stage = new BackgroundEmbedding(index.passages(), next, 8)) {
            stage.wake();
            assertThat(stage.awaitIdle(Duration.ofSeconds(60))).isTrue();
            assertThat(stage.progress().embedded()).isEqualTo(2);
            assertThat(stage.progress().unembeddable()).isZero();
        }
    }

    @Test
    void aModelThatDidNotLoadStopsTheStageWithItsReasonAndSkipsNothing() throws Exception {
        add(1, "The vessel Nordstern stayed moored at the quay for nineteen days.");
        EmbeddingEngine unloaded = new Unloaded("the bundled embedding model did not load: no space left on the disk");

        try (BackgroundEmbedding stage = new BackgroundEmbedding(index.passages(), unloaded, 8)) {
            stage.wake();
            assertThat(stage.awaitIdle(Duration.ofSeconds(60))).isTrue();

            EmbeddingProgress progress = stage.progress();
            assertThat(progress.lastError()).isEqualTo("the bundled embedding model did not load: no space left on the disk");
            assertThat(progress.stopped()).isTrue();
            assertThat(progress.unembeddable()).as("nothing is given up for a model that never ran").isZero();
            assertThat(progress.pending()).isEqualTo(1);
        }
    }

    @Test
    void aModelThatFailsOnEverythingStopsTheStageRatherThanSkippingEveryPassage() throws Exception {
        add(1, "The vessel Nordstern stayed moored at the quay for nineteen days.");
        add(2, "Fresh rye bread is sold on Saturdays in the old town.");
        try (BackgroundEmbedding stage = new BackgroundEmbedding(index.passages(), new ServerGone(bundled), 8)) {
            stage.wake();
            assertThat(stage.awaitIdle(Duration.ofSeconds(60))).isTrue();

            EmbeddingProgress progress = stage.progress();
            assertThat(progress.lastError()).contains("fails on every passage").contains("connection refused");
            assertThat(progress.unembeddable()).isZero();
            assertThat(progress.pending()).isEqualTo(2);
        }
    }

    private void add(long documentId, String text) {
        index.add(documentId, text, "doc " + documentId, "doc" + documentId + ".txt", "text/plain", null, null, null);
        index.commit();
    }

    /** The real model, refusing any text that holds the word POISON, and counting how often it refused. */
    private record Rejecting(EmbeddingEngine delegate, AtomicInteger rejections) implements EmbeddingEngine {
        Rejecting(EmbeddingEngine delegate) {
            this(delegate, new AtomicInteger());
        }

        @Override
        public ModelStatus status() {
            return delegate.status();
        }

        @Override
        public String modelId() {
            return delegate.modelId();
        }

        @Override
        public int dimensions() {
            return delegate.dimensions();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            if (texts.stream().anyMatch(text -> text.contains("POISON"))) {
                rejections.incrementAndGet();
                throw new IllegalArgumentException("input is too large to process, increase the batch size");
            }
            return delegate.embed(texts);
        }
    }

    /** A model whose server stopped answering: it says it is ready, and every call fails. */
    private record ServerGone(EmbeddingEngine delegate) implements EmbeddingEngine {
        @Override
        public ModelStatus status() {
            return new ModelStatus(ModelStatus.State.READY, "served on loopback");
        }

        @Override
        public String modelId() {
            return delegate.modelId();
        }

        @Override
        public int dimensions() {
            return delegate.dimensions();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            throw new IllegalStateException("embedding server: connection refused");
        }
    }

    /** A model that failed to load, as the engine reports one. */
    private record Unloaded(String reason) implements EmbeddingEngine {
        @Override
        public ModelStatus status() {
            return new ModelStatus(ModelStatus.State.FAILED, reason);
        }

        @Override
        public String modelId() {
            return "bundled:bge-small-en-v1.5-q";
        }

        @Override
        public int dimensions() {
            return 384;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            throw new IllegalStateException(reason);
        }
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
