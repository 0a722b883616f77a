package org.dossier.engine.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The llama-server command line for some settings. */
final class LlamaServerCommand {

    /** The only address the server listens on: nothing off this machine can reach it. */
    static final String HOST = "127.0.0.1";

    private LlamaServerCommand() {
    }

    static List<String> of(Path binary, LlamaServerSettings settings, int port, String apiKey) {
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "--host", HOST,
                "--port", Integer.toString(port),
                "--api-key", apiKey,
                "-m", settings.model().toString(),
                "-c", Integer.toString(settings.contextSize()),
                "-t", Integer.toString(settings.threads()),
                "-ngl", Integer.toString(settings.gpuLayers())));
        switch (settings.role()) {
            case CHAT -> { }
            case EMBEDDINGS -> command.add("--embeddings");
            // A cross-encoder reads the question and a passage together in one physical batch, which is 512 tokens
            // unless told otherwise: a longer passage would fail the whole request.
            case RERANKING -> command.addAll(List.of("--reranking",
                    "-b", Integer.toString(settings.contextSize()), "-ub", Integer.toString(settings.contextSize())));
        }
        // Prompt caching needs no flag: it is on by default, and each chat request also asks for it.
        return List.copyOf(command);
    }
}
