package org.dossier.engine.llamacpp;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import de.kherud.llama.ModelParameters;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.ServedContext;
import org.dossier.engine.TokenEstimate;
import org.dossier.engine.gguf.GgufModelInfo;

/**
 * A chat model run inside this JVM by the llama.cpp bundled in {@code de.kherud:llama} (build 4916). The GGUF is
 * checked in Java first ({@link ModelPreflight}); loading then runs in the background, so {@link #status()} is
 * LOADING, then READY or FAILED with a reason a user can act on.
 *
 * <p>Generations run one at a time on a single thread: the binding's server keeps one slot, and a queued
 * generation simply waits its turn. Mind the binding's limits: a native abort cannot be caught, and its native
 * worker thread is not a daemon, so a JVM that loaded a model must be ended with {@code System.exit}.
 */
public final class InProcessLlamaEngine extends InProcessModel implements ChatEngine {

    private final ExecutorService generations = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("dossier-llama-generate").daemon().factory());
    private final Set<LlamaGeneration> live = ConcurrentHashMap.newKeySet();

    InProcessLlamaEngine(InProcessSettings settings, ModelPreflight preflight, NativeLoader loader) {
        super("chat model", settings, preflight, loader, InProcessLlamaEngine::parameters);
    }

    /** Starts loading the model in the background; refuses it if it cannot fit in this machine's memory. */
    public static InProcessLlamaEngine start(InProcessSettings settings) {
        return new InProcessLlamaEngine(settings, ModelPreflight.onThisMachine(), NativeLoader.LLAMA_CPP);
    }

    /** What llama.cpp is told for a model run here, from the settings and what its GGUF header says. */
    static ModelParameters parameters(InProcessSettings settings, GgufModelInfo info) {
        ModelParameters parameters = new ModelParameters()
                .setModel(settings.model().toString())
                .setCtxSize(settings.contextFor(info))
                .setThreads(settings.threads())
                .enableJinja()   // render the GGUF's own chat template, not a built-in look-alike
                .disableLog();   // llama.cpp's server log would go straight to the console
        if (settings.gpuLayers() > 0) {
            parameters.setGpuLayers(settings.gpuLayers());
        }
        return parameters;
    }

    @Override
    public GenerationHandle generate(ChatRequest request, GenerationListener listener) {
        if (!status().ready()) {
            throw new IllegalStateException("no chat model is ready: " + status().detail());
        }
        LlamaGeneration generation = new LlamaGeneration(model, request, listener);
        live.removeIf(LlamaGeneration::done);
        live.add(generation);
        try {
            generations.execute(generation);
        } catch (RejectedExecutionException e) {
            live.remove(generation);
            throw new IllegalStateException("the chat model is being unloaded — try again once it is loaded", e);
        }
        return generation;
    }

    /** The context allocated: as configured, but never past what the model was trained for. */
    @Override
    public int contextTokens() {
        return model.withModel(loaded -> settings.contextFor(loaded.info())).orElse(settings.contextSize());
    }

    /** The context allocated beside the one set: less when the model was trained for less. */
    @Override
    public ServedContext servedContext() {
        int served = contextTokens();
        return served == settings.contextSize() ? ServedContext.asConfigured(served)
                : new ServedContext(settings.contextSize(), served, "in-process llama.cpp", "the model was trained for "
                        + served + " tokens, and Dossier allocates no more — set dossier.engine.context-size to "
                        + served + " or less, or choose a model trained for more");
    }

    /**
     * By the model's own tokenizer once it is loaded, all in one hold of it (a native call per text, no HTTP); a
     * conservative estimate before.
     */
    @Override
    public int[] countTokens(List<String> texts) {
        return model.withModel(loaded -> texts.stream()
                        .mapToInt(text -> text == null || text.isEmpty() ? 0 : loaded.model().encode(text).length)
                        .toArray())
                .orElseGet(() -> texts.stream().mapToInt(TokenEstimate::conservative).toArray());
    }

    /**
     * Cancels what is queued and what runs (it stops at its next token), then frees the native model once no call
     * uses it any more.
     */
    @Override
    public void close() {
        live.forEach(LlamaGeneration::cancel);
        generations.shutdownNow().forEach(pending -> ((LlamaGeneration) pending).abandon());
        super.close();
    }
}
