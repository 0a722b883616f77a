package org.dossier.engine.llamacpp;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import de.kherud.llama.LlamaModel;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.gguf.GgufModelInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model loading on its own thread (a large GGUF takes many seconds), with its status: LOADING, then READY or
 * FAILED with a one-line reason. Closing it frees the native model, now or as soon as a pending load finishes.
 */
final class LoadingModel implements AutoCloseable {

    /** A model llama.cpp has loaded, with what its GGUF header said. */
    record Loaded(LlamaModel model, GgufModelInfo info) {
    }

    private static final Logger log = LoggerFactory.getLogger(LoadingModel.class);

    private final CompletableFuture<Loaded> loaded = new CompletableFuture<>();
    private volatile ModelStatus status;
    private volatile boolean closed;

    LoadingModel(String what, Supplier<Loaded> load) {
        status = new ModelStatus(ModelStatus.State.LOADING, "loading " + what);
        Thread.ofPlatform().name("dossier-llama-load").daemon().start(() -> run(what, load));
    }

    private void run(String what, Supplier<Loaded> load) {
        long start = System.nanoTime();
        try {
            Loaded model = load.get();
            log.info("loaded {} in {} ms", what, (System.nanoTime() - start) / 1_000_000);
            synchronized (this) {
                if (closed) {
                    model.model().close();
                    loaded.cancel(false);
                    return;
                }
                status = new ModelStatus(ModelStatus.State.READY, what + " is ready (" + model.info().architecture()
                        + ", in-process llama.cpp build " + ArchitectureSupport.LLAMA_CPP_BUILD + ")");
                loaded.complete(model);
            }
        } catch (RuntimeException | Error e) {
            status = new ModelStatus(ModelStatus.State.FAILED, oneLine(e));
            log.warn("could not load {}: {}", what, status.detail());
            loaded.completeExceptionally(e);
        }
    }

    ModelStatus status() {
        return status;
    }

    /** Waits until loading ends (or the timeout passes) and returns the status then. */
    ModelStatus await(Duration timeout) throws InterruptedException {
        try {
            loaded.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            // the status already says why
        }
        return status;
    }

    synchronized Optional<Loaded> ready() {
        return status.ready() ? Optional.of(loaded.join()) : Optional.empty();
    }

    /** Frees the native model once: a second free of the same llama.cpp context would crash the JVM. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean wasReady = status.ready();
        status = new ModelStatus(ModelStatus.State.FAILED, "the model was unloaded");
        if (wasReady) {
            loaded.join().model().close();
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
