package org.dossier.assistant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param answerPassages how many passages an answer cites
 * @param searchResults  how many results {@code search} lists
 * @param snippetChars   about how long a highlighted snippet is
 */
@Validated
@ConfigurationProperties("dossier.assistant")
public record AssistantProperties(
        @Min(1) @Max(50) int answerPassages,
        @Min(1) @Max(200) int searchResults,
        @Min(80) int snippetChars) {
}
