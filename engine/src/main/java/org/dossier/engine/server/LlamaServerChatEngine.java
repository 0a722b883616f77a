package org.dossier.engine.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.TokenEstimate;
import org.dossier.engine.openai.OpenAiCompatibleChatEngine;
import org.dossier.engine.openai.OpenAiCompatibleSettings;

/**
 * Chat with a llama-server that Dossier runs itself: the status is the process's, the talking is done through the
 * OpenAI-compatible client, and tokens are counted by the model's own tokenizer ({@code POST /tokenize}).
 */
public final class LlamaServerChatEngine implements ChatEngine, AutoCloseable {

    private static final Pattern TOKEN_LIST = Pattern.compile("\"tokens\"\\s*:\\s*\\[([^\\]]*)\\]");

    private final ManagedLlamaServer server;
    private final String modelName;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .proxy(HttpClient.Builder.NO_PROXY).build();
    private volatile Client client;

    /** The OpenAI-compatible client for one address: the port can change when the server is restarted. */
    private record Client(URI baseUrl, OpenAiCompatibleChatEngine engine) {
    }

    public LlamaServerChatEngine(ManagedLlamaServer server, String modelName) {
        this.server = server;
        this.modelName = modelName;
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
        if (!server.status().ready() || text == null || text.isEmpty()) {
            return TokenEstimate.conservative(text);
        }
        URI tokenize = server.baseUrl().resolve("/tokenize");
        HttpRequest request = HttpRequest.newBuilder(tokenize).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + server.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":" + jsonString(text) + "}"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher tokens = TOKEN_LIST.matcher(response.body());
            if (response.statusCode() == 200 && tokens.find()) {
                String list = tokens.group(1).strip();
                return list.isEmpty() ? 0 : list.split(",").length;
            }
        } catch (IOException e) {
            // the server is restarting: fall through to the estimate, which errs high
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return TokenEstimate.conservative(text);
    }

    public ManagedLlamaServer server() {
        return server;
    }

    @Override
    public void close() {
        http.close();
        server.close();
    }

    private Client client() {
        URI baseUrl = server.baseUrl();
        Client current = client;
        if (current == null || !current.baseUrl().equals(baseUrl)) {
            OpenAiCompatibleSettings settings = new OpenAiCompatibleSettings("llama-server address", baseUrl,
                    server.apiKey(), modelName, null, Map.of("cache_prompt", true));
            current = new Client(baseUrl, new OpenAiCompatibleChatEngine(settings));
            client = current;
        }
        return current;
    }

    static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
