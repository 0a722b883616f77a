package org.dossier.engine.server;

import java.net.URI;
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

    private final ManagedLlamaServer server;
    private final String modelName;
    private RerankClient client;

    public LlamaServerReranker(ManagedLlamaServer server, String modelName) {
        this.server = server;
        this.modelName = modelName;
    }

    /** Starts a llama-server with {@code --reranking} for the settings' model, in the background. */
    public static LlamaServerReranker start(LlamaServerSettings settings) {
        ManagedLlamaServer server = new ManagedLlamaServer(settings.withRole(LlamaServerSettings.Role.RERANKING));
        server.start();
        return new LlamaServerReranker(server, settings.model().getFileName().toString());
    }

    @Override
    public ModelStatus status() {
        return server.status();
    }

    @Override
    public double[] rerank(String query, List<String> documents) {
        ModelStatus now = awaitReady();
        if (!now.ready()) {
            throw new IllegalStateException("no reranker is ready: " + now.detail());
        }
        return client().rerank(query, documents);
    }

    public ManagedLlamaServer server() {
        return server;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    /** The client for the server's current address: the port can change when the server is restarted. */
    private synchronized RerankClient client() {
        URI baseUrl = server.baseUrl();
        if (client == null || !client.baseUrl().equals(baseUrl)) {
            if (client != null) {
                client.close();
            }
            client = new RerankClient("llama-server address", baseUrl, server.apiKey(), modelName,
                    RerankClient.DEFAULT_TIMEOUT);
        }
        return client;
    }

    private ModelStatus awaitReady() {
        try {
            return server.awaitStarted(READY_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return server.status();
        }
    }
}
