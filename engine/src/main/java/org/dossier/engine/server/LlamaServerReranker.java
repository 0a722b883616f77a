package org.dossier.engine.server;

import java.time.Duration;
import java.util.List;

import org.dossier.engine.ModelStatus;
import org.dossier.engine.Reranker;
import org.dossier.engine.rerank.RerankClient;

/** Re-ranking by a third llama-server that Dossier runs with {@code --reranking} for a reranker GGUF. */
public final class LlamaServerReranker implements Reranker, AutoCloseable {

    /**
     * How long a search waits for the reranker to finish loading (at start, or after a crash) before going on
     * without it: a reranker GGUF loads in seconds.
     */
    static final Duration READY_WAIT = Duration.ofSeconds(30);

    private final ServedModel<RerankClient> served;

    private LlamaServerReranker(ServedModel<RerankClient> served) {
        this.served = served;
    }

    /** Starts a llama-server with {@code --reranking} for the settings' model, in the background. */
    public static LlamaServerReranker start(LlamaServerSettings settings) {
        String modelName = settings.modelName();
        return new LlamaServerReranker(ServedModel.start(settings.withRole(LlamaServerSettings.Role.RERANKING),
                (baseUrl, apiKey) -> new RerankClient(ManagedLlamaServer.ADDRESS, baseUrl, apiKey, modelName,
                        RerankClient.DEFAULT_TIMEOUT)));
    }

    @Override
    public ModelStatus status() {
        return served.status();
    }

    /** Waits for a reranker that is still loading, at most {@link #READY_WAIT}. */
    @Override
    public double[] rerank(String query, List<String> documents) {
        try {
            served.server().awaitStarted(READY_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return served.whenReady("reranker").rerank(query, documents);
    }

    ManagedLlamaServer server() {
        return served.server();
    }

    @Override
    public void close() {
        served.close();
    }
}
