package org.dossier.indexer.internal.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.RunRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each embedding pass is a recorded task, with the real bundled model over a real index and catalog: it can be
 * cancelled between two batches, and one that a restart cut short is resumed by the next pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddingTasksTest {

    private static final int PASSAGES = 20;
    private static final int BATCH = 4;

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
    void indexSomeNotes() throws Exception {
        stack = new IndexerStack(dataDir);
        for (int i = 0; i < PASSAGES; i++) {
            Files.writeString(folder.resolve("note-%02d.txt".formatted(i)), "Note " + i + " about the quay and its cranes.");
        }
        stack.indexing.index(folder);
    }

    @AfterEach
    void closeStack() throws Exception {
        stack.close();
    }

    @Test
    void aCancelledPassKeepsWhatItEmbeddedIsRecordedAsCancelledAndTheNextPassEmbedsTheRest() throws Exception {
        HeldAfterFirstBatch held = new HeldAfterFirstBatch(bundled);
        try (BackgroundEmbedding stage = stage(held)) {
            stage.wake();
            held.awaitSecondBatch();

            assertThat(stage.cancel()).isTrue();
            held.release();
            assertThat(stage.awaitIdle(Duration.ofSeconds(60))).isTrue();

            RunRecord cancelled = latest();
            assertThat(cancelled.kind()).isEqualTo(RunRecord.Kind.EMBED);
            assertThat(cancelled.state()).isEqualTo(RunRecord.State.CANCELLED);
            assertThat(cancelled.subject()).isEqualTo(bundled.modelId());
            assertThat(cancelled.total()).isEqualTo(PASSAGES);
            assertThat(cancelled.done()).as("the batch in hand is finished, no other").isEqualTo(2 * BATCH);
            assertThat(cancelled.note()).startsWith("cancelled");
            assertThat(stage.progress().embedded()).isEqualTo(2 * BATCH);

            stage.wake();
            assertThat(stage.awaitIdle(Duration.ofSeconds(60))).isTrue();

            RunRecord next = latest();
            assertThat(next.state()).isEqualTo(RunRecord.State.DONE);
            assertThat(next.total()).isEqualTo(PASSAGES - 2 * BATCH);
            assertThat(next.done()).isEqualTo(PASSAGES - 2 * BATCH);
            assertThat(stage.progress().embedded()).isEqualTo(PASSAGES);
            assertThat(stage.cancel()).as("nothing left to cancel").isFalse();
        }
    }

    @Test
    void aPassARestartCutShortIsRecordedAsInterruptedAndTheNextPassResumesAndFinishesIt() throws Exception {
        HeldAfterFirstBatch held = new HeldAfterFirstBatch(bundled);
        BackgroundEmbedding stopping = stage(held);
        stopping.wake();
        held.awaitSecondBatch();
        Thread closing = Thread.ofPlatform().start(() -> {
            try {
                stopping.close(); // as the application's shutdown closes it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(200);
        held.release();
        closing.join(Duration.ofSeconds(60));
        RunRecord interrupted = latest();
        assertThat(interrupted.state()).isEqualTo(RunRecord.State.INTERRUPTED);
        assertThat(interrupted.awaitsResume()).isTrue();

        try (BackgroundEmbedding restarted = stage(bundled)) {
            restarted.wake();
            assertThat(restarted.awaitIdle(Duration.ofSeconds(60))).isTrue();

            RunRecord resuming = latest();
            assertThat(resuming.state()).isEqualTo(RunRecord.State.DONE);
            assertThat(resuming.total()).as("it goes on where the other stopped").isEqualTo(PASSAGES - 2 * BATCH);
            RunRecord before = stack.indexing.recentRuns(5).stream().filter(run -> run.id() == interrupted.id())
                    .findFirst().orElseThrow();
            assertThat(before.resumedBy()).isEqualTo(resuming.id());
            assertThat(before.note()).endsWith("task " + resuming.id() + " resumed it and finished it");
            assertThat(restarted.progress().embedded()).isEqualTo(PASSAGES);
        }
    }

    private BackgroundEmbedding stage(EmbeddingEngine engine) {
        return new BackgroundEmbedding(stack.index.passages(), engine, BATCH, org.dossier.indexer.internal.space
                .DiskSpaceGuard.off(), stack.writer.runs());
    }

    private RunRecord latest() {
        return stack.indexing.recentRuns(1).getFirst();
    }

    /**
     * The bundled model, held at its second batch until the test lets it go: the moment a cancel or a shutdown
     * arrives is then known. Every vector is the real model's.
     */
    private static final class HeldAfterFirstBatch implements EmbeddingEngine {
        private final EmbeddingEngine model;
        private final AtomicInteger batches = new AtomicInteger();
        private final CountDownLatch secondBatch = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        HeldAfterFirstBatch(EmbeddingEngine model) {
            this.model = model;
        }

        void awaitSecondBatch() throws InterruptedException {
            assertThat(secondBatch.await(60, TimeUnit.SECONDS)).as("the second batch began").isTrue();
        }

        void release() {
            released.countDown();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            if (batches.incrementAndGet() == 2) {
                secondBatch.countDown();
                try {
                    released.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return model.embed(texts);
        }

        @Override
        public ModelStatus status() {
            return model.status();
        }

        @Override
        public int dimensions() {
            return model.dimensions();
        }

        @Override
        public String modelId() {
            return model.modelId();
        }
    }
}
