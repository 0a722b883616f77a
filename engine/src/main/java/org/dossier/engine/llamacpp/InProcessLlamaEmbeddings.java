package org.dossier.engine.llamacpp;

import java.util.ArrayList;
import java.util.List;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.gguf.GgufModelInfo;

/**
 * An embedding model run inside this JVM by the bundled llama.cpp, with last-token or CLS pooling only (see
 * {@link EmbeddingPooling} for why never mean). Vectors come back unit length. One text is embedded at a time:
 * the binding embeds a single text per call on one native context.
 */
public final class InProcessLlamaEmbeddings extends InProcessModel implements EmbeddingEngine {

    InProcessLlamaEmbeddings(InProcessSettings settings, ModelPreflight preflight, NativeLoader loader) {
        super("embedding model", settings, preflight, loader, InProcessLlamaEmbeddings::parameters);
    }

    /** Starts loading the model in the background; refuses it if it cannot fit in this machine's memory. */
    public static InProcessLlamaEmbeddings start(InProcessSettings settings) {
        return new InProcessLlamaEmbeddings(settings, ModelPreflight.onThisMachine(), NativeLoader.LLAMA_CPP);
    }

    /** Chat parameters plus embedding mode; the whole context in one batch so any passage that fits is accepted. */
    static ModelParameters parameters(InProcessSettings settings, GgufModelInfo info) {
        EmbeddingPooling pooling = EmbeddingPooling.forModel(info);
        int context = settings.contextFor(info);
        return InProcessLlamaEngine.parameters(settings, info)
                .enableEmbedding()
                .setPoolingType(pooling.nativeType())
                .setBatchSize(context)
                .setUbatchSize(context);
    }

    /** The file and its size: pooling and dimensions follow from the file, so the same file means the same vectors. */
    @Override
    public String modelId() {
        long size = settings.model().toFile().length();
        return "llama.cpp:" + settings.model().getFileName() + ":" + size;
    }

    @Override
    public int dimensions() {
        return (int) model.info().orElseThrow(this::notReady).embeddingLength();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return model.withModel(loaded -> {
            int limit = settings.contextFor(loaded.info());
            List<float[]> vectors = new ArrayList<>(texts.size());
            synchronized (this) {
                for (String text : texts) {
                    vectors.add(embedOne(loaded.model(), text, limit));
                }
            }
            return vectors;
        }).orElseThrow(this::notReady);
    }

    private static float[] embedOne(LlamaModel model, String text, int limit) {
        int tokens = model.encode(text).length;
        if (tokens > limit) {
            throw new IllegalArgumentException("a passage of " + tokens + " tokens is longer than the embedding context ("
                    + limit + " tokens) — split passages smaller or raise the context size");
        }
        return unitLength(model.embed(text));
    }

    /** llama.cpp already normalises pooled vectors; normalising again is cheap and makes it a guarantee. */
    private static float[] unitLength(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += value * value;
        }
        double norm = Math.sqrt(sum);
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] / norm);
            }
        }
        return vector;
    }

    private IllegalStateException notReady() {
        return new IllegalStateException("no embedding model is ready: " + status().detail());
    }
}
