package org.dossier.engine;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which chat model Dossier answers with. Empty means none: answers are the retrieved passages themselves.
 *
 * @param chatModel a GGUF file for the chat model; {@code null} when none is configured
 */
@Validated
@ConfigurationProperties("dossier.engine")
public record EngineProperties(@Nullable Path chatModel) {
}
