package org.dossier.engine.llamacpp;

import java.nio.file.Path;

import org.dossier.engine.EngineProperties;
import org.dossier.engine.gguf.GgufModelInfo;

/**
 * How to run a model in-process.
 *
 * @param model       the GGUF file
 * @param contextSize tokens of context (prompt plus reply) to allocate; the KV cache grows with it
 * @param threads     CPU threads for llama.cpp; usually the number of physical cores
 * @param gpuLayers   layers to offload to a GPU; 0 on CPU-only builds (the bundled Linux natives are CPU-only)
 */
public record InProcessSettings(Path model, int contextSize, int threads, int gpuLayers) {

    public InProcessSettings {
        if (model == null) {
            throw new IllegalArgumentException("the in-process runtime needs a model file — set the chat model path");
        }
        if (contextSize < 16) {
            throw new IllegalArgumentException("context size must be at least 16 tokens, was " + contextSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (gpuLayers < 0) {
            throw new IllegalArgumentException("gpu layers must be 0 or more, was " + gpuLayers);
        }
    }

    /** The context to allocate: as asked, but never past what the model was trained for. */
    int contextFor(GgufModelInfo model) {
        return model.contextLength() > 0 ? (int) Math.min(contextSize, model.contextLength()) : contextSize;
    }

    /** As the engine settings say: context, threads and GPU layers. */
    public static InProcessSettings of(Path model, EngineProperties engine) {
        return new InProcessSettings(model, engine.contextSize(), engine.threadsOrAllCores(), engine.gpuLayers());
    }
}
