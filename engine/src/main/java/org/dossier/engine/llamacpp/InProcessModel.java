package org.dossier.engine.llamacpp;

import java.time.Duration;
import java.util.function.BiFunction;

import de.kherud.llama.ModelParameters;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.gguf.GgufModelInfo;

/**
 * A GGUF model run in this JVM, chat or embeddings alike: checked in Java first ({@link ModelPreflight}), loaded
 * in the background ({@link LoadingModel}), so {@link #status()} is LOADING, then READY or FAILED with a reason a
 * user can act on; closing frees the native model once no call uses it.
 */
abstract sealed class InProcessModel implements AutoCloseable permits InProcessLlamaEngine, InProcessLlamaEmbeddings {

    final InProcessSettings settings;
    final LoadingModel model;

    /**
     * @param what       names the model in its status, e.g. "chat model"
     * @param parameters what llama.cpp is told, from the settings and what the model's GGUF header says
     */
    InProcessModel(String what, InProcessSettings settings, ModelPreflight preflight, NativeLoader loader,
                   BiFunction<InProcessSettings, GgufModelInfo, ModelParameters> parameters) {
        this.settings = settings;
        this.model = LoadingModel.checkedAndLoaded(what, settings, preflight, loader, parameters);
    }

    public ModelStatus status() {
        return model.status();
    }

    /** Waits for loading to end and returns the status then: READY, or FAILED with the reason. */
    public ModelStatus awaitLoaded(Duration timeout) throws InterruptedException {
        return model.await(timeout);
    }

    @Override
    public void close() {
        model.close();
    }
}
