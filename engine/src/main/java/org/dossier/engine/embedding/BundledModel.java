package org.dossier.engine.embedding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.jspecify.annotations.Nullable;

/**
 * Loads the bundled model once per process, in the background: a one-shot command's head start
 * ({@link BundledEmbeddings#preload}) and the embedding bean made later share the one load. The model is
 * process-wide state on purpose — LangChain4j keeps its own bundled models in static fields for the same reason:
 * a second copy would cost its memory and its two seconds again for the same vectors.
 */
final class BundledModel {

    static final String LOAD_THREAD = "embedding-model-load";

    private static @Nullable CompletableFuture<EmbeddingModel> loading;

    private BundledModel() {
    }

    /** The load, started if need be; its natives unpack into {@code cacheDir} (the first caller's). */
    static synchronized CompletableFuture<EmbeddingModel> loading(Path cacheDir) {
        if (loading == null) {
            OfflineNatives.configure(cacheDir);
            CompletableFuture<EmbeddingModel> started = new CompletableFuture<>();
            Thread loader = Thread.ofPlatform().daemon().name(LOAD_THREAD).start(() -> {
                try {
                    started.complete(load(cacheDir));
                } catch (Throwable failure) { // a LinkageError from the natives too: reported on first use
                    started.completeExceptionally(failure);
                }
            });
            // A JVM that exits while ONNX Runtime is still loading its natives crashes in native code: a command
            // that ends without embedding (wrong input, say) waits for the load to finish first.
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                try {
                    loader.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            loading = started;
        }
        return loading;
    }

    private static EmbeddingModel load(Path cacheDir) {
        BundledModelFiles files;
        try {
            files = BundledModelFiles.unpack(cacheDir);
        } catch (IOException cannotUnpack) {
            // a read-only or full cache folder: the model still loads from the jar, only more slowly (and if the
            // natives cannot unpack either, that failure is the one reported)
            return new BgeSmallEnV15QuantizedEmbeddingModel();
        }
        // the same model and pooling as BgeSmallEnV15QuantizedEmbeddingModel: the same vectors, bit for bit
        return new OnnxEmbeddingModel(files.model(), files.tokenizer(), PoolingMode.CLS);
    }
}
