package org.dossier.engine.openai;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.GenerationResult.StopReason;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * One streamed reply: passes each piece of text to the listener and ends it exactly once — completed, failed or
 * cancelled, whichever comes first. Cancelling disposes the subscription, which closes the HTTP stream, and a
 * llama-server stops generating when its client goes away.
 */
final class StreamingGeneration implements GenerationHandle {

    private final GenerationListener listener;
    private final String serverName;
    private final StringBuilder text = new StringBuilder();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final CompletableFuture<GenerationResult> outcome = new CompletableFuture<>();
    private volatile Disposable subscription;
    private int promptTokens;
    private int generatedTokens;
    private String finishReason;

    private StreamingGeneration(GenerationListener listener, String serverName) {
        this.listener = listener;
        this.serverName = serverName;
    }

    static StreamingGeneration start(Flux<ChatResponse> responses, GenerationListener listener, String serverName) {
        StreamingGeneration generation = new StreamingGeneration(listener, serverName);
        generation.subscription = responses.subscribe(generation::onResponse, generation::fail, generation::complete);
        if (generation.ended.get()) {
            // Ended before the subscription was stored (an immediate error, or a cancel from a listener).
            generation.subscription.dispose();
        }
        return generation;
    }

    @Override
    public void cancel() {
        Disposable current = subscription;
        if (current != null) {
            current.dispose();
        }
        end(result(StopReason.CANCELLED));
    }

    @Override
    public GenerationResult await(Duration timeout) throws InterruptedException {
        try {
            return outcome.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new GenerationFailedException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new GenerationFailedException("no reply from " + serverName + " within " + timeout.toSeconds()
                    + " s — the generation goes on; cancel it or wait longer", e);
        }
    }

    private synchronized void onResponse(ChatResponse response) {
        if (ended.get()) {
            return;
        }
        Usage usage = response.getMetadata().getUsage();
        if (usage != null && usage.getPromptTokens() != null && usage.getPromptTokens() > 0) {
            promptTokens = usage.getPromptTokens();
            generatedTokens = usage.getCompletionTokens() == null ? 0 : usage.getCompletionTokens();
        }
        Generation generation = response.getResult();
        if (generation == null) {
            return; // the closing usage-only chunk has no choices
        }
        String piece = generation.getOutput().getText();
        if (piece != null && !piece.isEmpty()) {
            text.append(piece);
            listener.onToken(piece);
        }
        String reason = generation.getMetadata().getFinishReason();
        if (reason != null && !reason.isBlank()) {
            finishReason = reason;
        }
    }

    private void complete() {
        if (finishReason == null) {
            // The SDK ends quietly when the connection closes early; without a finish reason the reply is cut off.
            fail(new IllegalStateException(serverName + " closed the stream before the reply was finished"));
            return;
        }
        StopReason reason = "length".equalsIgnoreCase(finishReason) ? StopReason.MAX_TOKENS : StopReason.END_OF_TEXT;
        end(result(reason));
    }

    private void fail(Throwable error) {
        if (ended.compareAndSet(false, true)) {
            Throwable reported = new GenerationFailedException(serverName + " failed during generation: "
                    + oneLine(error), error);
            try {
                listener.onError(reported);
            } finally {
                // After the listener, so that whoever awaits the result sees everything the listener saw.
                outcome.completeExceptionally(reported);
            }
        }
    }

    private void end(GenerationResult result) {
        if (ended.compareAndSet(false, true)) {
            try {
                listener.onComplete(result);
            } finally {
                outcome.complete(result);
            }
        }
    }

    private synchronized GenerationResult result(StopReason reason) {
        return new GenerationResult(text.toString(), promptTokens, generatedTokens, reason);
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
