package org.dossier.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.engine.gguf.GgufException;
import org.dossier.engine.gguf.GgufModelInfo;
import org.dossier.engine.gguf.GgufReader;

/**
 * What a GGUF model file is, read from its header (the first megabytes, never the weights): for the status page.
 *
 * @param architecture  as the file names it ({@code llama}, {@code gemma3})
 * @param name          the model's name, or the file name when it does not say
 * @param contextLength the context it was trained for, in tokens (0 when the file does not say)
 * @param layers        its blocks (0 when the file does not say)
 * @param weightBytes   what its weights take: an estimate of the memory it needs
 */
public record ModelFile(Path path, long sizeBytes, String architecture, String name, long contextLength,
                        long layers, long weightBytes) {

    /**
     * Reads the header of a model file.
     *
     * @throws IllegalArgumentException when the file is missing or is no GGUF model, with what to do
     */
    public static ModelFile describe(Path path) {
        try {
            GgufModelInfo info = new GgufReader().describe(path);
            return new ModelFile(path, Files.size(path), info.architecture(), info.name(), info.contextLength(),
                    info.blockCount(), info.tensorDataBytes());
        } catch (GgufException | IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
