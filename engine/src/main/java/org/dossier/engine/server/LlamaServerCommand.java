package org.dossier.engine.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How to start llama-server for some settings: a command line with nothing secret in it, and the API key, which
 * reaches the server through its environment. A command line is public — every local user reads it in {@code ps}
 * or {@code /proc/<pid>/cmdline} — while a process's environment is readable only by its owner.
 *
 * @param arguments the executable and its flags
 * @param apiKey    the key every request must carry
 */
record LlamaServerCommand(List<String> arguments, String apiKey) {

    /** The only address the server listens on: nothing off this machine can reach it. */
    static final String HOST = "127.0.0.1";

    /**
     * Where llama-server reads its key besides {@code --api-key}. llama.cpp's common/arg.cpp declares the option as
     * {@code add_opt(common_arg({"--api-key"}, "KEY", "API key to use for authentication (default: none)", ...)
     * .set_examples({LLAMA_EXAMPLE_SERVER}).set_env("LLAMA_API_KEY"));} and {@code common_params_parse_ex} reads
     * every option's variable ("handle environment variables") before the command line.
     */
    static final String API_KEY_VARIABLE = "LLAMA_API_KEY";

    LlamaServerCommand {
        arguments = List.copyOf(arguments);
    }

    /** @param pooling {@code --pooling} for an embedding server ({@link EmbeddingServerPooling}); else unused */
    static LlamaServerCommand of(Path binary, LlamaServerSettings settings, int port, String apiKey,
                                 @Nullable String pooling) {
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "--host", HOST,
                "--port", Integer.toString(port),
                // The server's own chat page at / is on by default (common/arg.cpp: {"--webui"}, {"--no-webui"},
                // env LLAMA_ARG_WEBUI); Dossier is the only client, and a page there would be one more way in.
                "--no-webui",
                "-m", settings.model().toString(),
                // Slots stated, not left to the server's "auto" (4): -c is shared among them, so one slot with the
                // whole context is what dossier.engine.context-size means.
                "--parallel", Integer.toString(LlamaServerSettings.SLOTS),
                "-c", Integer.toString(settings.contextSize() * LlamaServerSettings.SLOTS),
                "-t", Integer.toString(settings.threads()),
                "-ngl", Integer.toString(settings.gpuLayers())));
        switch (settings.role()) {
            case CHAT -> { }
            case EMBEDDINGS -> {
                command.add("--embeddings");
                if (pooling != null) {
                    command.addAll(List.of("--pooling", pooling));
                }
                // An embedding input is read in one physical batch (512 tokens unless told): a longer passage would
                // get "input (N tokens) is too large to process. increase the physical batch size".
                command.addAll(List.of("-b", Integer.toString(settings.contextSize()),
                        "-ub", Integer.toString(settings.contextSize())));
            }
            // A cross-encoder reads the question and a passage together in one physical batch, which is 512 tokens
            // unless told otherwise: a longer passage would fail the whole request.
            case RERANKING -> command.addAll(List.of("--reranking",
                    "-b", Integer.toString(settings.contextSize()), "-ub", Integer.toString(settings.contextSize())));
        }
        // Prompt caching needs no flag: it is on by default, and each chat request also asks for it.
        return new LlamaServerCommand(command, apiKey);
    }

    /**
     * Sets this command and the key on {@code builder}. The child otherwise inherits Dossier's environment, less
     * what llama.cpp would read as settings of its own: a {@code LLAMA_*} variable left in a shell could turn on an
     * endpoint, serve a folder or download a model, an inherited {@code LLAMA_API_KEY} would be a second valid key,
     * and {@code HF_TOKEN} is a credential the server has no use for.
     */
    ProcessBuilder applyTo(ProcessBuilder builder) {
        Map<String, String> environment = builder.command(arguments).environment();
        environment.keySet().removeIf(name -> name.startsWith("LLAMA_") || name.equals("HF_TOKEN"));
        environment.put(API_KEY_VARIABLE, apiKey);
        return builder;
    }

    /** The command line without the key, so that logging the command cannot leak it. */
    @Override
    public String toString() {
        return String.join(" ", arguments);
    }
}
