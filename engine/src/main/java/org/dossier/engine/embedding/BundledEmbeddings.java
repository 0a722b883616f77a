package org.dossier.engine.embedding;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.jspecify.annotations.Nullable;

/**
 * The embedding model that ships inside Dossier: quantized bge-small-en-v1.5 (384 dimensions, ONNX, from
 * LangChain4j's Maven artifact), run in this process with no download and no install. English only; the
 * multilingual path is an embedding GGUF run by the engine.
 *
 * <p>Nothing loads until the model is needed: a command that never embeds ({@code status}, say) never pays for it,
 * nor can it exit while ONNX Runtime is still loading (which crashes the JVM in native code). {@link #warmUp} starts
 * the load in the background (a second or two), as a server does at start, and a one-shot {@code search} or
 * {@code ask} before this bean exists ({@link #preload}); {@link #embed} starts it if need be and
 * waits for it.
 */
public final class BundledEmbeddings implements EmbeddingEngine {

    /** bge models retrieve better when a query (not a passage) carries this instruction. */
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private static final String MODEL_ID = "bundled:bge-small-en-v1.5-q";
    private static final int DIMENSIONS = 384;

    private final Path cacheDir;
    private @Nullable CompletableFuture<EmbeddingModel> model;

    public BundledEmbeddings(Path cacheDir) {
        this.cacheDir = cacheDir;
        OfflineNatives.configure(cacheDir);
    }

    /**
     * Starts loading the model now, in the background, before the bean that will use it is made: an instance made
     * later finds it loaded, or waits for the load under way (see {@link BundledModel}).
     */
    public static void preload(Path cacheDir) {
        BundledModel.loading(cacheDir);
    }

    @Override
    public synchronized void warmUp() {
        if (model == null) {
            model = BundledModel.loading(cacheDir);
        }
    }

    @Override
    public synchronized ModelStatus status() {
        if (model == null) {
            return new ModelStatus(ModelStatus.State.LOADING,
                    "the bundled embedding model (bge-small-en-v1.5) loads when it is first needed");
        }
        if (!model.isDone()) {
            return new ModelStatus(ModelStatus.State.LOADING, "loading the bundled embedding model (bge-small-en-v1.5)");
        }
        if (model.isCompletedExceptionally()) {
            return new ModelStatus(ModelStatus.State.FAILED, "the bundled embedding model did not load: "
                    + LoadFailure.describe(model.exceptionNow(), cacheDir));
        }
        return new ModelStatus(ModelStatus.State.READY, "bundled bge-small-en-v1.5 (quantized, 384 dimensions, in-process)");
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    /** Passages as they are; LangChain4j spreads a batch over the cores. */
    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return loaded().embedAll(segments).content().stream().map(embedding -> embedding.vector()).toList();
    }

    @Override
    public float[] embedQuery(String query) {
        return embed(List.of(QUERY_INSTRUCTION + query)).getFirst();
    }

    private EmbeddingModel loaded() {
        CompletableFuture<EmbeddingModel> loading;
        synchronized (this) {
            warmUp();
            loading = model;
        }
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the embedding model loaded", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the bundled embedding model did not load: "
                    + LoadFailure.describe(e.getCause(), cacheDir), e.getCause());
        }
    }
}
