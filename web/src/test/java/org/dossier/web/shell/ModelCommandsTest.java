package org.dossier.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.engine.AnswerSelfCheck;
import org.dossier.engine.DossierProperties;
import org.dossier.engine.EngineProperties;
import org.dossier.engine.LocalModels;
import org.dossier.engine.ModelBenchmarks;
import org.dossier.engine.gguf.HeaderOnlyModels;
import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.engine.models.ModelDigests;
import org.dossier.engine.models.ModelFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code models} as a user reads it, over GGUF files the test writes in a home folder of its own. */
class ModelCommandsTest {

    private static final long GIB = 1L << 30;
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path home;
    @TempDir
    Path dataDir;

    @Test
    void listsEachModelOneFactALineWithItsFitAndSha256() throws Exception {
        Path folder = Files.createDirectories(home.resolve("models"));
        TinyLlamaGguf.write(folder.resolve("tiny.gguf"));
        HeaderOnlyModels.mixtureOfExperts(folder.resolve("moe.gguf"));
        Path cut = TinyLlamaGguf.write(folder.resolve("cut.gguf"));
        try (RandomAccessFile file = new RandomAccessFile(cut.toFile(), "rw")) {
            file.setLength(200);
        }

        String text = commands(null).models(false);

        assertThat(text).contains("""
                moe.gguf  (%s)
                  architecture     qwen3moe, mixture of experts: 2 of 8 experts per token
                  parameters       5,040 total, 2,736 active per token
                  quantization     Q4_K_M, file 0.0 GiB
                  trained context  4,096 tokens
                  chat template    no (not a chat model, or the server must be given one)
                  memory at 8,192 tokens  0.0 GiB weights + 0.0 GiB KV cache + 1.0 GiB overhead = 1.0 GiB
                  this machine     12.0 GiB usable of 16.0 GiB: fits
                  largest context  4,096 tokens fit beside the weights
                  sha256           """.formatted(folder));
        assertThat(text).contains("cut.gguf  (" + folder + ")\n  cannot use it: model file is truncated");
        assertThat(text).contains("tiny.gguf").containsPattern("sha256 {11}[0-9a-f]{64}");
    }

    @Test
    void theJsonNamesThePinThatNoLongerMatches() throws Exception {
        Path chat = TinyLlamaGguf.write(home.resolve("chat.gguf"));

        JsonNode listed = json.readTree(commands(chat).models(true));

        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("pin").asString()).isEqualTo("DIFFERS");
        assertThat(listed.get(0).get("facts").get("architecture").asString()).isEqualTo("llama");
        assertThat(listed.get(0).get("fit").get("largestContext").asLong()).isEqualTo(512);
        assertThat(commands(chat).models(false)).contains("DIFFERS from dossier.engine.chat-model-sha256");
    }

    @Test
    void withNoModelsItSaysWhereItLookedAndWhatToDo() {
        assertThat(commands(null).models(false)).startsWith("No GGUF models found").contains("model-folders");
    }

    @Test
    void benchRunsTheTinyModelInProcessAndShowsItBesideEarlierRuns() throws Exception {
        Path model = TinyLlamaGguf.write(home.resolve("tiny.gguf"));

        commands(null).bench(model.toString(), "in-process", false, false);
        String table = commands(null).bench(model.toString(), "in-process", false, false);

        assertThat(table.lines().filter(line -> line.startsWith("tiny.gguf"))).hasSize(2)
                .allSatisfy(row -> assertThat(row).contains("in-process", "F32", "n/a"));
        assertThat(table.lines().findFirst().orElseThrow()).contains("prompt t/s", "gen t/s", "1st token",
                "peak mem", "seam/server");
    }

    @Test
    void benchRefusesAMissingFileAndAnUnknownRuntimeWithWhatToDo() throws Exception {
        Path model = TinyLlamaGguf.write(home.resolve("tiny.gguf"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> commands(null).bench("/no/such.gguf", null, false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("model file not found");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> commands(null).bench(model.toString(), "ollama", false, false))
                .hasMessageContaining("use llama-server or in-process");
    }

    private ModelCommands commands(Path chatModel) {
        LocalModels models = new LocalModels(new ModelFinder(List.of(), home, home.resolve(".ollama/models")),
                ModelDigests.inDataDirectory(dataDir), 8192, 16 * GIB, chatModel,
                chatModel == null ? null : "0".repeat(64));
        return new ModelCommands(models, new ModelBenchmarks(EngineProperties.DEFAULTS, new DossierProperties(dataDir)),
                AnswerSelfCheck.Runner.NONE,
                new ModelsText(), new BenchText(), json);
    }
}
