package org.dossier.web.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.dossier.engine.AnswerSelfCheck;
import org.dossier.engine.EngineProperties;
import org.dossier.engine.LocalModels;
import org.dossier.engine.ModelBenchmarks;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code models}: the GGUF files on this machine, what each is, and whether it fits here; {@code models bench
 * <gguf>}: how fast it runs here, beside earlier runs.
 */
@Component
public class ModelCommands {

    private final LocalModels models;
    private final ModelBenchmarks benchmarks;
    private final ModelsText text;
    private final BenchText benchText;
    private final JsonMapper json;
    private final AnswerSelfCheck.Runner selfCheck;

    /** @param selfCheck the answer self-check on sample-docs that follows the speed run */
    public ModelCommands(LocalModels models, ModelBenchmarks benchmarks, AnswerSelfCheck.Runner selfCheck,
                         ModelsText text, BenchText benchText, JsonMapper json) {
        this.models = models;
        this.benchmarks = benchmarks;
        this.selfCheck = selfCheck;
        this.text = text;
        this.benchText = benchText;
        this.json = json;
    }

    @Command(name = "models", group = "Models", description = "List the GGUF models on this machine: architecture, "
            + "parameters, quantization, trained context, whether each fits in memory, and its SHA-256.")
    public String models(@Option(longName = "json", description = "print JSON") boolean asJson) {
        var found = models.list();
        return asJson ? json.writeValueAsString(found) : text.render(found, models.contextSize());
    }

    @Command(name = {"models", "bench"}, group = "Models", description = "Run a GGUF model on this machine and "
            + "measure it: prompt and generation tokens per second, time to the first token of a 2,000-token "
            + "prompt, peak memory; then the answer self-check on sample-docs (when the file is the configured chat "
            + "model and sample-docs is indexed); shown beside earlier runs.")
    public String bench(@Argument(index = 0, description = "the GGUF file") String gguf,
                        @Option(longName = "runtime", description = "llama-server (the default) or in-process")
                        String runtime,
                        @Option(longName = "json", description = "print JSON") boolean asJson,
                        @Option(longName = "speed-only", description = "skip the answer self-check")
                        boolean speedOnly)
            throws IOException, InterruptedException {
        if (gguf == null || gguf.isBlank() || !Files.isRegularFile(Path.of(gguf))) {
            throw new IllegalArgumentException("model file not found: " + gguf + " — models bench <path/to/model.gguf>");
        }
        var result = benchmarks.run(Path.of(gguf), runtime(runtime),
                speedOnly ? AnswerSelfCheck.Runner.NONE : selfCheck);
        return asJson ? json.writeValueAsString(result) : benchText.render(benchmarks.stored());
    }

    /** Spring Shell 4.0.1 does not apply an omitted option's default: unset is the default here. */
    private static EngineProperties.Runtime runtime(String name) {
        String chosen = name == null || name.isBlank() ? "llama-server" : name.strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "llama-server" -> EngineProperties.Runtime.LLAMA_SERVER;
            case "in-process" -> EngineProperties.Runtime.IN_PROCESS;
            default -> throw new IllegalArgumentException("--runtime " + name + " — use llama-server or in-process");
        };
    }
}
