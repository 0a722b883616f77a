package org.dossier.engine;

import org.jspecify.annotations.Nullable;

/**
 * One {@code models bench} run: the figures people choose models by, for this model on this machine. Speeds are
 * measured at Dossier's engine seam (what a user waits for) and, where the runtime reports them, by the server
 * itself on the same prompt; their ratio is Dossier's own overhead (1.0: none).
 *
 * @param at                              when, ISO-8601
 * @param promptTokens                    tokens of the prompt (about 2,000, fewer when the context is smaller)
 * @param timeToFirstTokenMillis          from asking to the first piece of the answer, at the seam
 * @param promptTokensPerSecond           prompt tokens over the time to the first token, at the seam
 * @param generationTokensPerSecond       tokens after the first over the time they took, at the seam
 * @param serverPromptTokensPerSecond     the server's own {@code timings.prompt_per_second}; null in-process
 * @param serverGenerationTokensPerSecond the server's own {@code timings.predicted_per_second}; null in-process
 * @param peakResidentBytes               the server process's peak resident memory (in-process: Dossier's own);
 *                                        null where the system does not say (Linux's /proc does)
 * @param selfCheck                       the answer self-check on sample-docs; null when it was not run (results
 *                                        kept before it existed)
 */
public record BenchResult(String file, String runtime, long fileSize, String quantization, String at,
                          int promptTokens, int generatedTokens, double timeToFirstTokenMillis,
                          double promptTokensPerSecond, double generationTokensPerSecond,
                          @Nullable Double serverPromptTokensPerSecond, @Nullable Double serverGenerationTokensPerSecond,
                          @Nullable Long peakResidentBytes, @Nullable AnswerSelfCheck selfCheck) {

    /** This run, with its answer self-check. */
    public BenchResult withSelfCheck(@Nullable AnswerSelfCheck check) {
        return new BenchResult(file, runtime, fileSize, quantization, at, promptTokens, generatedTokens,
                timeToFirstTokenMillis, promptTokensPerSecond, generationTokensPerSecond, serverPromptTokensPerSecond,
                serverGenerationTokensPerSecond, peakResidentBytes, check);
    }

    /** Generation speed at the seam over the server's own: the share of the server's speed a user gets. */
    public @Nullable Double seamServerRatio() {
        return serverGenerationTokensPerSecond == null || serverGenerationTokensPerSecond <= 0 ? null
                : generationTokensPerSecond / serverGenerationTokensPerSecond;
    }
}
