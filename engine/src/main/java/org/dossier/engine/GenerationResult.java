package org.dossier.engine;

/**
 * How a generation ended.
 *
 * @param text            the whole reply, as streamed
 * @param promptTokens    tokens of the prompt, as the runtime counted them (0 when it did not say)
 * @param generatedTokens tokens generated
 */
public record GenerationResult(String text, int promptTokens, int generatedTokens, StopReason reason) {

    public enum StopReason { END_OF_TEXT, STOP_SEQUENCE, MAX_TOKENS, CANCELLED }
}
