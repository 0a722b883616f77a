package org.dossier.engine.server;

import java.net.URI;
import java.util.Map;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.openai.OpenAiCompatibleChatEngine;
import org.dossier.engine.openai.OpenAiCompatibleSettings;

/**
 * Chat with a llama-server that Dossier runs itself: the status is the process's, the talking is done through the
 * OpenAI-compatible client, and tokens are counted by the model's own tokenizer ({@code POST /tokenize}).
 */
public final class LlamaServerChatEngine implements ChatEngine, AutoCloseable {

    private final ManagedLlamaServer server;
    private final String modelName;
    private final ServerTokenizer tokenizer;
    private volatile Client client;

    /** The OpenAI-compatible client for one address: the port can change when the server is restarted. */
    private record Client(URI baseUrl, OpenAiCompatibleChatEngine engine) {
    }

    public LlamaServerChatEngine(ManagedLlamaServer server, String modelName) {
        this.server = server;
        this.modelName = modelName;
        this.tokenizer = new ServerTokenizer(server);
    }

    /** Starts a llama-server for the settings' model, in the background; see {@link #status()}. */
    public static LlamaServerChatEngine start(LlamaServerSettings settings) {
        ManagedLlamaServer server = new ManagedLlamaServer(settings);
        server.start();
        return new LlamaServerChatEngine(server, settings.model().getFileName().toString());
    }

    @Override
    public ModelStatus status() {
        return server.status();
    }

    @Override
    public GenerationHandle generate(ChatRequest request, GenerationListener listener) {
        ModelStatus now = server.status();
        if (!now.ready()) {
            throw new IllegalStateException("no chat model is ready: " + now.detail());
        }
        return client().engine().generate(request, listener);
    }

    @Override
    public int countTokens(String text) {
        return tokenizer.count(text);
    }

    public ManagedLlamaServer server() {
        return server;
    }

    @Override
    public void close() {
        tokenizer.close();
        server.close();
    }

    private Client client() {
        URI baseUrl = server.baseUrl();
        Client current = client;
        if (current == null || !current.baseUrl().equals(baseUrl)) {
            OpenAiCompatibleSettings settings = new OpenAiCompatibleSettings(ManagedLlamaServer.ADDRESS, baseUrl,
                    server.apiKey(), modelName, null, Map.of("cache_prompt", true));
            current = new Client(baseUrl, new OpenAiCompatibleChatEngine(settings));
            client = current;
        }
        return current;
    }
}
