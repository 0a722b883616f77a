package org.dossier.engine.models;

import java.nio.file.Path;

/**
 * A GGUF file found on this machine.
 *
 * @param where the folder it was found in, or for an Ollama blob the model's name there ({@code Ollama gemma3:4b})
 */
public record FoundModel(Path path, String where) {
}
