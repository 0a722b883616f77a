package org.dossier.engine.llamacpp;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.gguf.GgufModelInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model loading on its own thread (a large GGUF takes many seconds), with its status: LOADING, then READY or
 * FAILED with a one-line reason. Native calls go through {@link #withModel}: closing waits for them to end before
 * freeing the model, since a call into a freed llama.cpp context crashes the JVM.
 */
final class LoadingModel implements AutoCloseable {

    /** A model llama.cpp has loaded, with what its GGUF header said. */
    record Loaded(LlamaModel model, GgufModelInfo info) {
    }

    private static final Logger log = LoggerFactory.getLogger(LoadingModel.class);

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final CompletableFuture<Loaded> loaded = new CompletableFuture<>();
    private final ReentrantReadWriteLock inUse = new ReentrantReadWriteLock();
    private volatile ModelStatus status;
    private volatile boolean closed;

    /**
     * A model file checked by the preflight (header, architecture, memory) before any native call, then loaded
     * with the parameters its header calls for, in the background.
     */
    static LoadingModel checkedAndLoaded(String what, InProcessSettings settings, ModelPreflight preflight,
                                         NativeLoader loader,
                                         BiFunction<InProcessSettings, GgufModelInfo, ModelParameters> parameters) {
        return new LoadingModel(what + " " + settings.model().getFileName(), () -> {
            GgufModelInfo info = preflight.check(settings.model());
            var loaded = new Loaded(loader.load(parameters.apply(settings, info)), info);
            LlamaCppLog.routeToSlf4j();
            return loaded;
        });
    }

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

    /** What the GGUF header said, once the model is ready; no native call. */
    synchronized Optional<GgufModelInfo> info() {
        return status.ready() ? Optional.of(loaded.join().info()) : Optional.empty();
    }

    /** Runs work on the loaded model, which cannot be freed meanwhile; empty when the model is not ready. */
    <T> Optional<T> withModel(Function<Loaded, T> work) {
        inUse.readLock().lock();
        try {
            Loaded model;
            synchronized (this) {
                model = status.ready() ? loaded.join() : null;
            }
            return model == null ? Optional.empty() : Optional.ofNullable(work.apply(model));
        } finally {
            inUse.readLock().unlock();
        }
    }

    /**
     * Frees the native model once (a second free would crash the JVM), after the calls using it have ended. If one
     * does not end in time the model is left loaded: a leak is better than a crash.
     */
    @Override
    public void close() {
        try {
            if (!inUse.writeLock().tryLock(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("a call into llama.cpp did not end within {}; leaving the model loaded", CLOSE_WAIT);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            synchronized (this) {
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
        } finally {
            inUse.writeLock().unlock();
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
