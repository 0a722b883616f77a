package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.engine.server.StandInBinary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code models bench} end to end on the tiny GGUF: through the stand-in llama-server (a real child process that
 * times its own decoding) and through the in-process runtime. Speeds of a tiny model say nothing; the test holds
 * what is measured, where it comes from, and that it is kept.
 */
class ModelBenchmarksTest {

    @TempDir
    Path directory;

    @Test
    void throughAManagedServerTheSeamIsMeasuredBesideTheServersOwnTimings() throws Exception {
        Path model = TinyLlamaGguf.write(directory.resolve("tiny.gguf"));
        ModelBenchmarks bench = new ModelBenchmarks(settings(model, StandInBinary.writeTo(directory), 8192),
                new DossierProperties(directory.resolve("data")));

        BenchResult result = bench.run(model, EngineProperties.Runtime.LLAMA_SERVER);

        assertThat(result.runtime()).isEqualTo("llama-server");
        assertThat(result.file()).isEqualTo("tiny.gguf");
        assertThat(result.quantization()).isEqualTo("F32");
        // sized to the 512 tokens the server serves (the model's training context), not the 8,192 set
        assertThat(result.promptTokens()).isBetween(256, 512 - ModelBenchmarks.ANSWER_TOKENS);
        assertThat(result.generatedTokens()).isEqualTo(5); // the stand-in's whole reply
        assertThat(result.timeToFirstTokenMillis()).isPositive();
        assertThat(result.generationTokensPerSecond()).isPositive();
        assertThat(result.serverGenerationTokensPerSecond()).isNotNull().isPositive();
        assertThat(result.seamServerRatio()).isNotNull().isPositive();
        if (Files.isDirectory(Path.of("/proc/self"))) {
            assertThat(result.peakResidentBytes()).as("VmHWM of the server process").isNotNull().isPositive();
        }
        assertThat(bench.stored()).containsExactly(result);
    }

    @Test
    void inProcessTheSeamAloneIsMeasuredAndResultsAccumulate() throws Exception {
        Path model = TinyLlamaGguf.write(directory.resolve("tiny.gguf"));
        ModelBenchmarks bench = new ModelBenchmarks(settings(model, null, 512), new DossierProperties(
                directory.resolve("data")));

        BenchResult first = bench.run(model, EngineProperties.Runtime.IN_PROCESS);
        BenchResult second = bench.run(model, EngineProperties.Runtime.IN_PROCESS);

        assertThat(first.runtime()).isEqualTo("in-process");
        assertThat(first.generatedTokens()).isEqualTo(ModelBenchmarks.ANSWER_TOKENS);
        assertThat(first.promptTokens()).isBetween(200, 512 - ModelBenchmarks.ANSWER_TOKENS);
        assertThat(first.promptTokensPerSecond()).isPositive();
        assertThat(first.serverGenerationTokensPerSecond()).isNull();
        assertThat(first.seamServerRatio()).isNull();
        assertThat(bench.stored()).containsExactly(first, second);
    }

    @Test
    void resultsKeptBeforeTheSelfCheckExistedStillReadWithoutOne() throws Exception {
        Path data = directory.resolve("data");
        Files.createDirectories(data.resolve("bench"));
        Files.writeString(data.resolve("bench/models.json"), """
                [{"file":"old.gguf","runtime":"in-process","fileSize":10,"quantization":"F32",\
                "at":"2026-01-01T00:00:00Z","promptTokens":300,"generatedTokens":64,"timeToFirstTokenMillis":5.0,\
                "promptTokensPerSecond":100.0,"generationTokensPerSecond":50.0,"serverPromptTokensPerSecond":null,\
                "serverGenerationTokensPerSecond":null,"peakResidentBytes":null}]""");

        var stored = new ModelBenchmarks(EngineProperties.DEFAULTS, new DossierProperties(data)).stored();

        assertThat(stored).singleElement().satisfies(result -> {
            assertThat(result.file()).isEqualTo("old.gguf");
            assertThat(result.selfCheck()).isNull();
        });
    }

    @Test
    void theSelfCheckRunsAfterTheSpeedRunAndIsKeptWithIt() throws Exception {
        Path model = TinyLlamaGguf.write(directory.resolve("tiny.gguf"));
        ModelBenchmarks bench = new ModelBenchmarks(settings(model, null, 512), new DossierProperties(
                directory.resolve("data")));
        AnswerSelfCheck skipped = AnswerSelfCheck.skipped("sample-docs is not indexed");

        BenchResult result = bench.run(model, EngineProperties.Runtime.IN_PROCESS, gguf -> {
            assertThat(gguf).isEqualTo(model);
            return skipped;
        });

        assertThat(result.selfCheck()).isEqualTo(skipped);
        assertThat(bench.stored()).singleElement().satisfies(kept ->
                assertThat(kept.selfCheck()).isEqualTo(skipped));
    }

    private static EngineProperties settings(Path model, Path llamaServer, int context) {
        return new EngineProperties(null, model, null, null, null, llamaServer, context, 1, 0, null, null, null,
                null, null, null, null, null, null, null);
    }
}
