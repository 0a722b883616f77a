package org.dossier.engine;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * One GGUF file on this machine, as {@code models} shows it.
 *
 * @param where   the folder it was found in, or its Ollama name
 * @param facts   what its header says; {@code null} when the file cannot be read as a model ({@code problem} says why)
 * @param fit     whether it fits this machine at the configured context; {@code null} with no facts
 * @param sha256  the file's SHA-256 (cached by size and time); {@code null} when the file cannot be used, or when
 *                it was not asked for and has not been computed yet
 * @param pin     for the configured chat model with a pin: {@code MATCHES} or {@code DIFFERS}; else {@code null}
 * @param problem why the file cannot be used (truncated, not a GGUF), in a sentence saying what to do
 */
public record LocalModel(Path path, String where, @Nullable GgufModelFacts facts, @Nullable MemoryFit fit,
                         @Nullable String sha256, @Nullable Pin pin, @Nullable String problem) {

    public enum Pin { MATCHES, DIFFERS }

    /** The file's name, as lists show it. */
    public String fileName() {
        return String.valueOf(path.getFileName());
    }
}
