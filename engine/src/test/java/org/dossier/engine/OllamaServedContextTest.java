package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dossier.engine.openai.OllamaShow;
import org.dossier.engine.openai.OpenAiCompatibleChatEngine;
import org.dossier.engine.openai.OpenAiCompatibleSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against a loopback server shaped like Ollama (its {@code /api/show} and {@code /api/ps} replies as Ollama writes
 * them): prompts are sized to the context Ollama gives the model, which its OpenAI-compatible API cannot be told.
 */
class OllamaServedContextTest {

    private HttpServer ollama;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile String show;
    private volatile String running = "{\"models\":[]}";

    @AfterEach
    void stop() {
        ollama.stop(0);
    }

    @Test
    void aModelTrainedForLessThanTheSettingIsSizedToItsTrainingContext() throws Exception {
        show = """
                {"modelfile":"FROM x","parameters":"stop \\"<end_of_turn>\\"\\ntemperature 1","template":"{{ .Prompt }}",
                 "details":{"family":"gemma3","parameter_size":"4.3B","quantization_level":"Q4_K_M"},
                 "model_info":{"general.architecture":"gemma3","general.parameter_count":4300079472,
                               "gemma3.context_length":4096,"gemma3.embedding_length":2560}}""";

        try (var engine = engineFor(16384)) {
            ServedContext served = engine.servedContext();

            assertThat(engine.contextTokens()).isEqualTo(4096);
            assertThat(served.source()).isEqualTo("Ollama /api/show");
            assertThat(served.why()).contains("trained for 4096 tokens");
            assertThat(asked).contains("POST /api/show {\"model\":\"gemma3:4b\"}");
        }
    }

    @Test
    void theModelsOwnNumCtxParameterIsWhatOllamaServes() throws Exception {
        show = """
                {"parameters":"num_ctx                        2048\\nstop \\"<end_of_turn>\\"",
                 "model_info":{"general.architecture":"llama","llama.context_length":131072}}""";

        try (var engine = engineFor(8192)) {
            assertThat(engine.contextTokens()).isEqualTo(2048);
            assertThat(engine.servedContext().why()).contains("num_ctx", "2048");
        }
    }

    @Test
    void aLoadedModelsContextLengthIsTheTruth() throws Exception {
        show = "{\"model_info\":{\"general.architecture\":\"llama\",\"llama.context_length\":131072}}";
        running = """
                {"models":[{"name":"gemma3:4b","model":"gemma3:4b","size":6169595904,"context_length":4096}]}""";

        try (var engine = engineFor(8192)) {
            assertThat(engine.servedContext()).extracting(ServedContext::served, ServedContext::source)
                    .containsExactly(4096, "Ollama /api/ps");
            assertThat(engine.servedContext().why()).contains("OLLAMA_CONTEXT_LENGTH");
        }
    }

    @Test
    void aModelServedAsSetIsNotReportedAsDifferent() throws Exception {
        show = "{\"model_info\":{\"general.architecture\":\"llama\",\"llama.context_length\":131072}}";

        try (var engine = engineFor(8192)) {
            assertThat(engine.servedContext()).isEqualTo(new ServedContext(8192, 8192, "Ollama /api/show", null));
        }
    }

    private ContextSizedChatEngine engineFor(int configured) throws IOException {
        ollama = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ollama.createContext("/v1/models", exchange -> reply(exchange, "{\"object\":\"list\",\"data\":[{\"id\":"
                + "\"gemma3:4b\",\"object\":\"model\",\"owned_by\":\"library\"}]}"));
        ollama.createContext("/api/show", exchange -> reply(exchange, show));
        ollama.createContext("/api/ps", exchange -> reply(exchange, running));
        ollama.start();
        URI baseUrl = URI.create("http://127.0.0.1:" + ollama.getAddress().getPort() + "/v1");
        OpenAiCompatibleSettings settings = OpenAiCompatibleSettings.of(baseUrl, "gemma3:4b");
        return new ContextSizedChatEngine(new OpenAiCompatibleChatEngine(settings), configured,
                new OllamaShow(settings.baseUrlSetting(), baseUrl, "gemma3:4b", null));
    }

    private void reply(HttpExchange exchange, String json) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                + (body.isEmpty() ? "" : " " + body));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
