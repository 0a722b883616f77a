package org.dossier.assistant;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.dossier.assistant.answer.Answerability;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The assistant's settings, each with its default: {@code config/application.yml} shows the same values (a test in
 * the web module holds the two together).
 *
 * @param answerPassages  how many passages an answer shows when no model writes it (no model, or a refusal)
 * @param answerCandidates how many passages are retrieved for an answer: the model is given as many of them as its
 *                        context holds after the instructions, the conversation and the answer's room
 * @param passagesPerDocument how many passages of one document go into the model's context before every other
 *                        document's best ones: one long document does not crowd a second source out
 * @param searchResults   how many results {@code search} lists
 * @param rerankCandidates with a reranker configured ({@code dossier.engine.reranker-*}), how many of the best fused
 *                        passages it re-orders; the rest follow them
 * @param snippetChars    about how long a highlighted snippet is
 * @param answerTokens    room kept in the model's context for its answer
 * @param minimumCoverage share of the question's content words the best three passages must hold between them
 *                        for the model to be asked (with vectors, as well as {@code minimumSimilarity}); below it
 *                        Dossier says the documents don't contain the answer, and why
 * @param minimumSimilarity with vectors: how near in meaning ({@code (1 + cosine) / 2}) one of the best three
 *                        passages must be, besides the coverage
 * @param sureSimilarity  with vectors: a passage this near in meaning is evidence whatever its words (a paraphrase)
 * @param sureRerankScore with a reranker: a passage it scores at least this high is evidence whatever its words, on
 *                        the reranker's scale (llama-server: a BGE-style reranker's logit; 0 is an even chance)
 * @param secondRound     with a chat model: when the best passages do not hold enough of the question's words
 *                        ({@code minimumCoverage}), ask the model for one search query built from what they say (a
 *                        name or number that leads to a second document, {@code bridge.txt}) and fuse its passages
 *                        with the first search's; costs one short model call on such questions
 * @param modelWait       how long a question waits for a chat model that is still loading; zero: answer at once
 *                        from the passages (the server), a one-shot command waits
 * @param promptsDir      folder with {@code system.txt}, {@code answer.txt} and optionally {@code rewrite.txt} and
 *                        {@code bridge.txt};
 *                        empty: {@code config/prompts} when Dossier runs from the project folder, else the prompts
 *                        inside Dossier
 */
@Validated
@ConfigurationProperties("dossier.assistant")
public record AssistantProperties(
        @DefaultValue("5") @Min(1) @Max(50) int answerPassages,
        @DefaultValue("60") @Min(1) @Max(200) int answerCandidates,
        @DefaultValue("3") @Min(1) @Max(50) int passagesPerDocument,
        @DefaultValue("10") @Min(1) @Max(200) int searchResults,
        @DefaultValue("30") @Min(1) @Max(200) int rerankCandidates,
        @DefaultValue("320") @Min(80) int snippetChars,
        @DefaultValue("1024") @Min(16) int answerTokens,
        @DefaultValue("0.65") @DecimalMin("0.0") @DecimalMax("1.0") double minimumCoverage,
        @DefaultValue("0.78") @DecimalMin("0.0") @DecimalMax("1.0") double minimumSimilarity,
        @DefaultValue("0.85") @DecimalMin("0.0") @DecimalMax("1.0") double sureSimilarity,
        @DefaultValue("0.0") double sureRerankScore,
        @DefaultValue("false") boolean secondRound,
        @DefaultValue("0s") Duration modelWait,
        @Nullable Path promptsDir) {

    /** When the best passages count as evidence for a question. */
    public Answerability.Rule answerabilityRule() {
        return new Answerability.Rule(minimumCoverage, minimumSimilarity, sureSimilarity, sureRerankScore);
    }

    /** Every setting at its default, as Spring Boot binds them when none is configured. */
    public static AssistantProperties defaults() {
        return new Binder().bindOrCreate("dossier.assistant", AssistantProperties.class);
    }
}
