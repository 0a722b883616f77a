package org.dossier.engine.server;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.dossier.engine.TokenEstimate;
import org.dossier.engine.internal.LoopbackHttp;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Counts tokens with a managed llama-server's own tokenizer ({@code POST /tokenize}, which takes one text and
 * answers {@code {"tokens": [ids]}}). While the server is not ready, or when it does not answer, the count is a
 * conservative estimate instead: a prompt must never overflow.
 * <p>
 * Several texts are counted by several requests at once. Joining them into one request with a separator would not
 * give their counts: a tokenizer merges characters across the join, and a SentencePiece vocabulary marks only the
 * start of the whole text with a leading space. llama-server answers {@code /tokenize} on its HTTP threads (at least
 * its slots plus two) without taking a slot from generation, so a few requests run side by side.
 */
final class ServerTokenizer implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Requests in flight at once for a batch: enough to hide the round trips, few enough to leave the server be. */
    static final int PARALLEL_REQUESTS = 4;

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

    /** Each text's count, as {@link #count(String)} gives it, from up to {@link #PARALLEL_REQUESTS} requests at once. */
    int[] count(List<String> texts) {
        try (ExecutorService requests = Executors.newFixedThreadPool(PARALLEL_REQUESTS,
                Thread.ofVirtual().name("llama-server-tokenize-", 0).factory())) {
            List<CompletableFuture<Integer>> counts = texts.stream()
                    .map(text -> CompletableFuture.supplyAsync(() -> count(text), requests)).toList();
            return counts.stream().mapToInt(CompletableFuture::join).toArray();
        }
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
