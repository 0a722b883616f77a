package org.dossier.engine.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stand-in's command line and environment, read the way llama.cpp's common/arg.cpp reads llama-server's, so a
 * flag Dossier sends that the real server would refuse fails here too. As there, variables come first
 * ({@code LLAMA_API_KEY} adds a key, as {@code --api-key} does), then each argument in turn; an unknown one is
 * {@code error: invalid argument: X} ({@code common_params_parse_ex}), which the server prints before exiting with
 * code 1. Only the flags Dossier uses are known: the real server has many more, and a new one belongs here once it
 * has been checked against arg.cpp.
 *
 * @param apiKeys     every key a request may carry; none means no key is asked for
 * @param webui       whether {@code GET /} serves the chat page ({@code --webui}, the default, or {@code --no-webui})
 * @param contextSize {@code -c}: the KV cache all slots share (arg.cpp's default 4096)
 * @param parallel    {@code -np/--parallel}; -1 (the default) is "auto": 4 slots sharing one unified KV cache
 * @param pooling     {@code --pooling} (none, mean, cls, last, rank), or {@code null}: the model's own
 * @param reranking   {@code --reranking}, which also sets pooling to rank
 * @param ubatch      the physical batch: {@code -ub} (default 512), at most {@code -b} (default 2048), as llama.cpp
 *                    clamps it; an embedding input must fit in it whole
 */
record StandInArguments(String host, int port, Path model, Set<String> apiKeys, boolean webui, int contextSize,
                        int parallel, String pooling, boolean reranking, int ubatch) {

    /** Flags that take a value, with their aliases in arg.cpp. */
    private static final List<Set<String>> VALUED = List.of(Set.of("--host"), Set.of("--port"),
            Set.of("-m", "--model"), Set.of("-c", "--ctx-size"), Set.of("-t", "--threads"),
            Set.of("-ngl", "--gpu-layers", "--n-gpu-layers"), Set.of("-b", "--batch-size"),
            Set.of("-ub", "--ubatch-size"), Set.of("-np", "--parallel"), Set.of("--pooling"), Set.of("--api-key"),
            Set.of("--api-key-file"));

    /** Flags without a value. */
    private static final Set<String> SWITCHES = Set.of("--embedding", "--embeddings", "--reranking", "--rerank",
            "--webui", "--no-webui");

    StandInArguments {
        apiKeys = Set.copyOf(apiKeys);
    }

    /** Throws {@link IllegalArgumentException} with the line the real server prints, for an argument it refuses. */
    static StandInArguments parse(String[] args, Map<String, String> environment) {
        String host = "127.0.0.1";
        int port = 8080;
        Path model = null;
        Set<String> apiKeys = new LinkedHashSet<>();
        boolean webui = true;
        int contextSize = 4096;
        int parallel = -1;
        String pooling = null;
        boolean reranking = false;
        int batch = 2048;
        int ubatch = 512;
        if (environment.get("LLAMA_API_KEY") != null) {
            apiKeys.add(environment.get("LLAMA_API_KEY"));
        }
        for (int i = 0; i < args.length; i++) {
            // arg.cpp: "--" options may be written with '_' for '-'
            String flag = args[i].startsWith("--") ? args[i].replace('_', '-') : args[i];
            if (SWITCHES.contains(flag)) {
                if (flag.endsWith("webui")) {
                    webui = flag.equals("--webui");
                }
                reranking |= flag.startsWith("--rerank");
                continue; // --embeddings, --reranking: nothing to do for a stand-in
            }
            if (VALUED.stream().noneMatch(aliases -> aliases.contains(flag))) {
                throw new IllegalArgumentException("error: invalid argument: " + flag);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("error while handling argument \"" + flag
                        + "\": expected value for argument");
            }
            String value = args[++i];
            switch (flag) {
                case "--host" -> host = value;
                case "--port" -> port = Integer.parseInt(value);
                case "-m", "--model" -> model = Path.of(value);
                case "--api-key" -> apiKeys.add(value);
                case "--api-key-file" -> apiKeys.addAll(keysIn(flag, value));
                case "-c", "--ctx-size" -> contextSize = Integer.parseInt(value);
                case "-np", "--parallel" -> parallel = Integer.parseInt(value);
                case "--pooling" -> pooling = value;
                case "-b", "--batch-size" -> batch = Integer.parseInt(value);
                case "-ub", "--ubatch-size" -> ubatch = Integer.parseInt(value);
                default -> { } // threads, layers: nothing to do for a stand-in
            }
        }
        return new StandInArguments(host, port, model, apiKeys, webui, contextSize, parallel, pooling, reranking,
                Math.min(batch, ubatch));
    }

    /** As arg.cpp reads {@code --api-key-file}: one key a line, blank lines skipped. */
    private static List<String> keysIn(String flag, String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("error while handling argument \"" + flag
                    + "\": error: failed to open file '" + file + "'");
        }
    }
}
