package org.dossier.engine.server;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.dossier.engine.internal.LoopbackHttp;
import org.jspecify.annotations.Nullable;

/**
 * A managed llama-server's own measure of a prompt: its native {@code POST /completion} answers with
 * {@code timings} (prompt and generation tokens per second, as the server counted them). The prompt cache is off
 * for it, so the prompt is read again rather than found in the cache of a run just before.
 *
 * @param promptPerSecond    {@code timings.prompt_per_second}
 * @param predictedPerSecond {@code timings.predicted_per_second}
 */
public record LlamaServerTimings(double promptPerSecond, double predictedPerSecond) {

    private static final Duration LONGEST = Duration.ofMinutes(10);

    public static LlamaServerTimings measure(LlamaServerChatEngine chat, String prompt, int tokens)
            throws IOException, InterruptedException {
        ManagedLlamaServer server = chat.server();
        URI completion = URI.create(server.baseUrl().toString().replaceAll("/v1/?$", "") + "/completion");
        try (LoopbackHttp http = new LoopbackHttp(ManagedLlamaServer.ADDRESS, Duration.ofSeconds(2))) {
            LoopbackHttp.Reply reply = http.post(completion, server.apiKey(), Map.of("prompt", prompt,
                    "n_predict", tokens, "temperature", 0, "cache_prompt", false), LONGEST);
            if (!reply.ok()) {
                throw new IOException("llama-server answered " + reply.status() + " to /completion: " + reply.quoted());
            }
            Completion read = reply.json(Completion.class);
            if (read.timings() == null) {
                throw new IOException("llama-server's /completion reply has no timings: " + reply.quoted());
            }
            return new LlamaServerTimings(read.timings().promptPerSecond(), read.timings().predictedPerSecond());
        }
    }

    /** The server process, for its memory. */
    public static OptionalLong pid(LlamaServerChatEngine chat) {
        return chat.server().pid();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Completion(@Nullable Timings timings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Timings(@JsonProperty("prompt_per_second") double promptPerSecond,
                   @JsonProperty("predicted_per_second") double predictedPerSecond) {
    }
}
