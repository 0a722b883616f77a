package org.dossier.engine.llamacpp;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.GenerationResult.StopReason;

/**
 * One reply, generated on the engine's generation thread, token by token from llama.cpp's streaming iterator.
 *
 * <p>Cancelling only raises a flag; the generation thread itself cancels the native task between two tokens. The
 * binding's receive call blocks until the next result of its task, and a task cancelled from another thread sends
 * none, so cancelling from outside could leave that thread blocked forever. The cost: a cancel waits for the token
 * being computed (and, on a long prompt, for prompt evaluation to finish).
 *
 * <p>Tokens are counted as the pieces llama.cpp streams. It holds back a token that ends inside a UTF-8 character
 * and sends it with the next one, so on such text the count can fall short of the true one, and a reply cut at the
 * limit can then be reported as {@code END_OF_TEXT}: the binding does not pass on llama.cpp's own stop type.
 */
final class LlamaGeneration implements GenerationHandle, Runnable {

    private final LoadingModel model;
    private final ChatRequest request;
    private final GenerationListener listener;
    private final CompletableFuture<GenerationResult> result = new CompletableFuture<>();
    private volatile boolean cancelled;

    LlamaGeneration(LoadingModel model, ChatRequest request, GenerationListener listener) {
        this.model = model;
        this.request = request;
        this.listener = listener;
    }

    /** Tells the listener before completing the result, so whoever awaits it sees the listener already told. */
    @Override
    public void run() {
        GenerationResult done;
        try {
            done = cancelled ? new GenerationResult("", 0, 0, StopReason.CANCELLED)
                    : model.withModel(loaded -> generate(loaded.model())).orElseThrow(() ->
                            new IllegalStateException("the chat model was unloaded before this reply started"));
        } catch (RuntimeException e) {
            try {
                listener.onError(e);
            } finally {
                result.completeExceptionally(e);
            }
            return;
        }
        try {
            listener.onComplete(done);
        } finally {
            result.complete(done);
        }
    }

    private GenerationResult generate(LlamaModel model) {
        String prompt = ChatPrompt.render(model, request);
        int promptTokens = model.encode(prompt).length;
        InferenceParameters parameters = new InferenceParameters(prompt)
                .setNPredict(request.maxTokens())
                .setTemperature((float) request.temperature());
        StopSequences stops = new StopSequences(request.stopSequences());
        StringBuilder text = new StringBuilder();
        int tokens = 0;
        StopReason reason = null;
        LlamaIterator outputs = model.generate(parameters).iterator();
        try {
            while (outputs.hasNext()) {
                LlamaOutput output = outputs.next();
                if (!outputs.hasNext()) {
                    // the final output closes the task; when streaming it carries no new token
                    emit(stops.accept(output.text), text);
                    break;
                }
                tokens++;
                emit(stops.accept(output.text), text);
                if (stops.stopped()) {
                    reason = StopReason.STOP_SEQUENCE;
                } else if (cancelled) {
                    reason = StopReason.CANCELLED;
                }
                if (reason != null) {
                    break;
                }
            }
        } finally {
            if (outputs.hasNext()) {
                outputs.cancel(); // stopped early, or a listener threw: free the native slot either way
            }
        }
        if (reason == null) {
            emit(stops.flush(), text);
            reason = tokens >= request.maxTokens() ? StopReason.MAX_TOKENS : StopReason.END_OF_TEXT;
        }
        return new GenerationResult(text.toString(), promptTokens, tokens, reason);
    }

    private void emit(String piece, StringBuilder text) {
        if (!piece.isEmpty()) {
            text.append(piece);
            listener.onToken(piece);
        }
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public GenerationResult await(Duration timeout) throws InterruptedException {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("generation failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("generation still running after " + timeout
                    + " — cancel it, or wait longer for a long reply");
        }
    }

    boolean done() {
        return result.isDone();
    }

    /** Ends a generation that never ran because the engine closed first. */
    void abandon() {
        cancelled = true;
        GenerationResult none = new GenerationResult("", 0, 0, StopReason.CANCELLED);
        if (result.complete(none)) {
            listener.onComplete(none);
        }
    }
}
