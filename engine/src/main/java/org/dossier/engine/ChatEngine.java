package org.dossier.engine;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * The chat model as the rest of Dossier sees it, whatever runs it (managed llama-server, an OpenAI-compatible
 * server on loopback, in-process llama.cpp). Until one is configured and ready, Dossier answers with retrieved
 * passages; nothing here may pretend to generate when no model runs.
 */
public interface ChatEngine {

    ModelStatus status();

    /** Waits while the model loads, at most the timeout, and returns the status then. */
    default ModelStatus awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ModelStatus status = status();
        while (status.state() == ModelStatus.State.LOADING && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = status();
        }
        return status;
    }

    /**
     * Starts generating the reply to a chat. Each piece of text goes to the listener as the model produces it;
     * the handle cancels (really stopping the model) or waits for the result.
     *
     * @throws IllegalStateException when the model is not ready (see {@link #status()})
     */
    default GenerationHandle generate(ChatRequest request, GenerationListener listener) {
        throw new IllegalStateException("no chat model is ready: " + status().detail());
    }

    /** How many tokens the model's context holds: prompt and answer together. */
    default int contextTokens() {
        return 8192;
    }

    /** The context as served beside the one configured, for status: where they differ, and why. */
    default ServedContext servedContext() {
        return ServedContext.asConfigured(contextTokens());
    }

    /** Tokens in a text: {@link #countTokens(List)} for a list of one. */
    default int countTokens(String text) {
        return countTokens(Collections.singletonList(text))[0];
    }

    /**
     * Tokens in each of several texts, in their order, by the runtime's own tokenizer, or a conservative estimate
     * where it has none. The one a runtime implements, counting a batch with as few round trips as it allows (a
     * prompt is budgeted passage by passage, and with a llama-server every count is an HTTP request). This default
     * estimates.
     */
    default int[] countTokens(List<String> texts) {
        return texts.stream().mapToInt(TokenEstimate::conservative).toArray();
    }
}
