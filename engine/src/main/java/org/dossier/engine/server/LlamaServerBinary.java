package org.dossier.engine.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the user's llama-server: the configured path, or the first one on the PATH. */
final class LlamaServerBinary {

    static final String NOT_FOUND = "llama-server not found — install llama.cpp (brew install llama.cpp) "
            + "or set dossier.engine.llama-server";

    private LlamaServerBinary() {
    }

    /**
     * @param configured   the configured executable, or {@code null}
     * @param pathVariable the PATH to search, as the environment gives it (may be {@code null})
     */
    static Path locate(Path configured, String pathVariable) {
        if (configured != null) {
            if (Files.isRegularFile(configured) && Files.isExecutable(configured)) {
                return configured.toAbsolutePath();
            }
            throw new LlamaServerException("llama-server not found at " + configured
                    + " — install llama.cpp (brew install llama.cpp) or fix dossier.engine.llama-server");
        }
        if (pathVariable != null) {
            for (String directory : pathVariable.split(File.pathSeparator)) {
                if (directory.isBlank()) {
                    continue;
                }
                for (String name : new String[] {"llama-server", "llama-server.exe"}) {
                    Path candidate = Path.of(directory, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return candidate.toAbsolutePath();
                    }
                }
            }
        }
        throw new LlamaServerException(NOT_FOUND);
    }
}
