package org.dossier.engine.server;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.dossier.engine.TokenEstimate;
import org.dossier.engine.internal.LoopbackHttp;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Counts tokens with a managed llama-server's own tokenizer ({@code POST /tokenize}, which takes one text and
 * answers {@code {"tokens": [ids]}}). While the server is not ready, or when it does not answer, the count is a
 * conservative estimate instead: a prompt must never overflow.
 */
final class ServerTokenizer implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ManagedLlamaServer server;
    private final LoopbackHttp http = new LoopbackHttp(ManagedLlamaServer.ADDRESS, Duration.ofSeconds(2));

    ServerTokenizer(ManagedLlamaServer server) {
        this.server = server;
    }

    int count(@Nullable String text) {
        if (!server.status().ready() || text == null || text.isEmpty()) {
            return TokenEstimate.conservative(text);
        }
        try {
            LoopbackHttp.Reply reply = http.post(server.baseUrl().resolve("/tokenize"), server.apiKey(),
                    new TokenizeRequest(text), TIMEOUT);
            int[] tokens = reply.ok() ? reply.json(TokenizeReply.class).tokens() : null;
            if (tokens != null) {
                return tokens.length;
            }
        } catch (IOException | JacksonException e) {
            // restarting, or not a tokenizer's answer: fall through to the estimate, which errs high
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return TokenEstimate.conservative(text);
    }

    @Override
    public void close() {
        http.close();
    }

    /** Special tokens such as BOS are not added ({@code add_special} is false unless asked for). */
    record TokenizeRequest(String content) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenizeReply(int @Nullable [] tokens) {
    }
}
