package org.dossier.engine.llamacpp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.gguf.GgufModelInfo;

/**
 * An embedding model run inside this JVM by the bundled llama.cpp, with last-token or CLS pooling only (see
 * {@link EmbeddingPooling} for why never mean). Vectors come back unit length. One text is embedded at a time:
 * the binding embeds a single text per call on one native context.
 */
public final class InProcessLlamaEmbeddings implements EmbeddingEngine, AutoCloseable {

    private final InProcessSettings settings;
    private final LoadingModel model;

    InProcessLlamaEmbeddings(InProcessSettings settings, ModelPreflight preflight, NativeLoader loader) {
        this.settings = settings;
        this.model = LoadingModel.checkedAndLoaded("embedding model", settings.model(), preflight, loader,
                info -> parameters(settings, info));
    }

    public static InProcessLlamaEmbeddings start(InProcessSettings settings) {
        return start(settings, MemoryCheck.ofThisMachine());
    }

    public static InProcessLlamaEmbeddings start(InProcessSettings settings, MemoryCheck memory) {
        var preflight = ModelPreflight.inProcess(memory);
        return new InProcessLlamaEmbeddings(settings, preflight, NativeLoader.LLAMA_CPP);
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

    @Override
    public ModelStatus status() {
        return model.status();
    }

    public ModelStatus awaitLoaded(Duration timeout) throws InterruptedException {
        return model.await(timeout);
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

    @Override
    public void close() {
        model.close();
    }
}
