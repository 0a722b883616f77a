package org.dossier.engine.models;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.GenerationResult;

/**
 * One generation timed at the engine seam, as Dossier's answers are: from the call to the first piece of text, and
 * from there to the end. Greedy decoding, so two runs of one prompt do the same work.
 *
 * @param promptTokens    as the runtime counted them, or by the engine's tokenizer when it did not say
 * @param firstTokenNanos from the call to the first piece
 * @param restNanos       from the first piece to the end
 */
public record SeamRun(int promptTokens, int generatedTokens, long firstTokenNanos, long restNanos) {

    private static final Duration LONGEST = Duration.ofMinutes(10);

    public static SeamRun of(ChatEngine engine, String prompt, int tokens) throws InterruptedException {
        AtomicLong first = new AtomicLong();
        long start = System.nanoTime();
        GenerationResult result = engine.generate(new ChatRequest(List.of(ChatMessage.user(prompt)), tokens, List.of(),
                0), piece -> first.compareAndSet(0, System.nanoTime())).await(LONGEST);
        long end = System.nanoTime();
        long firstAt = first.get() == 0 ? end : first.get();
        int promptTokens = result.promptTokens() > 0 ? result.promptTokens() : engine.countTokens(prompt);
        return new SeamRun(promptTokens, result.generatedTokens(), firstAt - start, end - firstAt);
    }

    public double promptTokensPerSecond() {
        return promptTokens / seconds(firstTokenNanos);
    }

    /** The first token is part of reading the prompt; the speed of writing is that of the tokens after it. */
    public double generationTokensPerSecond() {
        return generatedTokens <= 1 ? 0 : (generatedTokens - 1) / seconds(restNanos);
    }

    private static double seconds(long nanos) {
        return Math.max(nanos, 1) / 1e9;
    }
}
