package org.dossier.engine;

import java.nio.file.Path;

import org.dossier.engine.gguf.GgufReader;
import org.dossier.engine.llamacpp.ArchitectureSupport;

/**
 * What can be learnt of a model file from its GGUF header alone, without loading it: for {@code doctor}, which
 * checks a configuration before anything is started.
 *
 * @param architecture       {@code general.architecture}, e.g. {@code llama}, {@code gemma3}
 * @param weightBytes        about what the weights take in memory
 * @param inProcessSupported whether the in-process llama.cpp (an early-2025 build) knows the architecture; a managed
 *                           llama-server is the user's own, current build
 */
public record ModelFile(Path path, String architecture, long weightBytes, boolean inProcessSupported) {

    /** The llama.cpp build inside Dossier, for messages. */
    public static final String IN_PROCESS_BUILD = ArchitectureSupport.LLAMA_CPP_BUILD;

    /**
     * Reads the header.
     *
     * @throws RuntimeException with a one-line message when the file is missing, unreadable, not a GGUF or cut short
     */
    public static ModelFile read(Path path) {
        var info = new GgufReader().describe(path);
        return new ModelFile(path, info.architecture(), info.tensorDataBytes(),
                new ArchitectureSupport().supports(info.architecture()));
    }
}
