package org.dossier.indexer.internal.embed;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.indexer.EmbeddingProgress;
import org.dossier.indexer.EmbeddingStage;
import org.dossier.indexer.internal.catalog.RunLog;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.index.PendingVectors;
import org.dossier.indexer.internal.space.DiskSpaceGuard;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives passages their vectors in the background, in batches, one batch committed at a time: embedding is by far
 * the slowest stage, so documents are keyword-searchable as soon as they are extracted and hybrid search uses
 * vectors where they exist. Passages embedded by another model count as pending, so changing the embedding model
 * re-embeds everything without ever mixing two models' vectors in one search.
 *
 * <p>A passage the model cannot embed is marked and skipped ({@link TolerantBatch}), never the stage; when the stage
 * does stop (the model did not load), {@link EmbeddingProgress#lastError()} says why until a later pass succeeds.
 *
 * <p>Each pass with passages to embed is a recorded task ({@link EmbeddingTask}): it can be cancelled between two
 * batches, and one that a crash or a restart cut short is resumed by the next pass, which goes on with the passages
 * still pending.
 */
public final class BackgroundEmbedding implements EmbeddingStage, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundEmbedding.class);

    private final PassageIndex index;
    private final EmbeddingEngine engine;
    private final int batchSize;
    private final TolerantBatch batches;
    private final DiskSpaceGuard space;
    /** Where passes are recorded as tasks; {@code null}: not recorded (the stage on its own, in tests). */
    private final @Nullable RunLog runs;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread worker;
    private boolean wanted;
    private boolean running;
    private boolean closed;
    private boolean cancelRequested;
    private @Nullable String lastError;

    public BackgroundEmbedding(PassageIndex index, EmbeddingEngine engine, int batchSize) {
        this(index, engine, batchSize, DiskSpaceGuard.off(), null);
    }

    /**
     * @param space pauses the stage while the disk is nearly full: each batch writes and commits the index
     * @param runs  records each pass as a task
     */
    public BackgroundEmbedding(PassageIndex index, EmbeddingEngine engine, int batchSize, DiskSpaceGuard space,
                               @Nullable RunLog runs) {
        this.space = space;
        this.runs = runs;
        this.index = index;
        this.engine = engine;
        this.batchSize = batchSize;
        this.batches = new TolerantBatch(engine);
        this.worker = Thread.ofPlatform().daemon().priority(Thread.NORM_PRIORITY - 1).name("embedding-stage").start(this::work);
    }

    /** There may be passages without vectors: look. */
    public void wake() {
        change(() -> wanted = true);
    }

    /** Waits until every passage has a vector (or a batch failed); true if the stage went idle in time. */
    @Override
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (wanted || running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean cancel() {
        lock.lock();
        try {
            cancelRequested = running;
            return running;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public EmbeddingProgress progress() {
        lock.lock();
        try {
            String model = engine.modelId();
            return index.read(snapshot -> new EmbeddingProgress(model, snapshot.vectorCount(model),
                    snapshot.passageCount(), snapshot.unembeddableCount(model), running || wanted, lastError));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws InterruptedException {
        change(() -> closed = true);
        worker.join(Duration.ofSeconds(30));
    }

    private void work() {
        while (awaitWork()) {
            EmbeddingTask task = null;
            try {
                task = startTask();
                EmbeddingTask.End end = embedUntilNonePending(task);
                if (task != null) {
                    task.ended(end);
                }
                finish(null);
            } catch (RuntimeException | LinkageError e) {
                // LinkageError: a native library that cannot load (no space to unpack it, say) must stop this stage
                // with a reason, not kill its thread silently.
                String reason = Reasons.of(e);
                log.warn("Embedding stopped: {} — it resumes with the next indexing run", reason);
                if (task != null) {
                    task.failed(reason);
                }
                finish(reason);
            }
        }
    }

    /** A task for a pass with passages to embed, or one that takes up an interrupted pass; else none. */
    private @Nullable EmbeddingTask startTask() {
        return runs == null ? null : EmbeddingTask.startIfNeeded(runs, engine.modelId(), progress().pending());
    }

    private EmbeddingTask.End embedUntilNonePending(@Nullable EmbeddingTask task) {
        String model = engine.modelId();
        PendingVectors pending = index.pendingVectors(model, batchSize);
        while (!pending.isEmpty()) {
            if (isClosed()) {
                return EmbeddingTask.End.STOPPED;
            }
            if (takeCancel()) {
                return EmbeddingTask.End.CANCELLED;
            }
            space.awaitSpace();
            TolerantBatch.Outcome batch = batches.embed(pending);
            index.addVectors(batch.embedded(), batch.vectors(), model);
            if (!batch.unembeddable().isEmpty()) {
                log.warn("{} passage(s) could not be embedded and are skipped (they stay keyword-searchable): {}",
                        batch.unembeddable().size(), batch.unembeddable().values().iterator().next());
                index.markUnembeddable(pending, batch.unembeddable(), model);
            }
            index.commit();
            if (task != null) {
                task.committed(batch.vectors().size(), batch.unembeddable().size());
            }
            pending = index.pendingVectors(model, batchSize);
        }
        return EmbeddingTask.End.FINISHED;
    }

    private boolean awaitWork() {
        lock.lock();
        try {
            while (!wanted && !closed) {
                changed.awaitUninterruptibly();
            }
            wanted = false;
            cancelRequested = false;
            running = !closed;
            return !closed;
        } finally {
            lock.unlock();
        }
    }

    private void finish(@Nullable String error) {
        change(() -> {
            running = false;
            lastError = error;
        });
    }

    /** Changes the stage's state under the lock and tells whoever waits on it. */
    private void change(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean takeCancel() {
        lock.lock();
        try {
            boolean asked = cancelRequested;
            cancelRequested = false;
            return asked;
        } finally {
            lock.unlock();
        }
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
