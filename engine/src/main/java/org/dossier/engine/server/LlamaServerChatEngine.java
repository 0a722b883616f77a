package org.dossier.engine.server;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.ContextProbe;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.openai.LlamaServerProps;
import org.dossier.engine.openai.OpenAiCompatibleChatEngine;
import org.dossier.engine.openai.OpenAiCompatibleSettings;

/**
 * Chat with a llama-server that Dossier runs itself: the status is the process's, the talking is done through the
 * OpenAI-compatible client, and tokens are counted by the model's own tokenizer ({@link ServerTokenizer}).
 */
public final class LlamaServerChatEngine implements ChatEngine, AutoCloseable {

    private final ServedModel<OpenAiCompatibleChatEngine> served;
    private final ServerTokenizer tokenizer;

    LlamaServerChatEngine(ManagedLlamaServer server, String modelName) {
        this(new ServedModel<>(server, (baseUrl, apiKey) -> connect(baseUrl, apiKey, modelName)));
    }

    private LlamaServerChatEngine(ServedModel<OpenAiCompatibleChatEngine> served) {
        this.served = served;
        this.tokenizer = new ServerTokenizer(served.server());
    }

    /** Starts a llama-server for the settings' model, in the background; see {@link #status()}. */
    public static LlamaServerChatEngine start(LlamaServerSettings settings) {
        String modelName = settings.modelName();
        return new LlamaServerChatEngine(ServedModel.start(settings,
                (baseUrl, apiKey) -> connect(baseUrl, apiKey, modelName)));
    }

    @Override
    public ModelStatus status() {
        return served.status();
    }

    @Override
    public GenerationHandle generate(ChatRequest request, GenerationListener listener) {
        return served.whenReady("chat model").generate(request, listener);
    }

    @Override
    public int[] countTokens(List<String> texts) {
        return tokenizer.count(texts);
    }

    /**
     * Reads what this server really serves from its {@code /props}, at the address and with the key it has now;
     * for {@link org.dossier.engine.ServedContext}.
     */
    public ContextProbe contextProbe() {
        return new LlamaServerProps(ManagedLlamaServer.ADDRESS, () -> served.server().baseUrl(),
                () -> served.server().apiKey());
    }

    ManagedLlamaServer server() {
        return served.server();
    }

    @Override
    public void close() {
        tokenizer.close();
        served.close();
    }

    /** The server keeps the prompt's KV cache between requests: a follow-up question reuses the shared start. */
    private static OpenAiCompatibleChatEngine connect(URI baseUrl, String apiKey, String modelName) {
        return new OpenAiCompatibleChatEngine(new OpenAiCompatibleSettings(ManagedLlamaServer.ADDRESS, baseUrl, apiKey,
                modelName, null, Map.of("cache_prompt", true)));
    }
}
