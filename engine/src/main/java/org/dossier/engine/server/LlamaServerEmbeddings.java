package org.dossier.engine.server;

import java.net.URI;
import java.util.List;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.openai.OpenAiCompatibleEmbeddings;
import org.dossier.engine.openai.OpenAiCompatibleSettings;

/** Embeddings from a second llama-server that Dossier runs with {@code --embeddings}. */
public final class LlamaServerEmbeddings implements EmbeddingEngine, AutoCloseable {

    private final ManagedLlamaServer server;
    private final String modelName;
    private volatile URI clientFor;
    private volatile OpenAiCompatibleEmbeddings client;

    public LlamaServerEmbeddings(ManagedLlamaServer server, String modelName) {
        this.server = server;
        this.modelName = modelName;
    }

    /** Starts a llama-server with {@code --embeddings} for the settings' model, in the background. */
    public static LlamaServerEmbeddings start(LlamaServerSettings settings) {
        ManagedLlamaServer server = new ManagedLlamaServer(settings.withRole(LlamaServerSettings.Role.EMBEDDINGS));
        server.start();
        return new LlamaServerEmbeddings(server, settings.model().getFileName().toString());
    }

    @Override
    public ModelStatus status() {
        return server.status();
    }

    /** The GGUF file's name: the same file gives the same vectors whichever port serves it. */
    @Override
    public String modelId() {
        return "llama-server:" + modelName;
    }

    @Override
    public int dimensions() {
        return client().dimensions();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return client().embed(texts);
    }

    @Override
    public void close() {
        server.close();
    }

    private synchronized OpenAiCompatibleEmbeddings client() {
        ModelStatus now = server.status();
        if (!now.ready()) {
            throw new IllegalStateException("no embedding model is ready: " + now.detail());
        }
        URI baseUrl = server.baseUrl();
        if (client == null || !baseUrl.equals(clientFor)) {
            client = new OpenAiCompatibleEmbeddings(new OpenAiCompatibleSettings("llama-server address", baseUrl,
                    server.apiKey(), modelName, null, null));
            clientFor = baseUrl;
        }
        return client;
    }
}
