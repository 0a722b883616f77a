package org.dossier.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** What llama-server is started with: nothing secret where other users can read it, and no web UI of its own. */
class LlamaServerCommandTest {

    private static final String KEY = "Qz8-secret-key-of-this-run";

    private final LlamaServerCommand command = LlamaServerCommand.of(Path.of("/bin/llama-server"),
            LlamaServerSettings.chat(Path.of("/models/m.gguf")), 41234, KEY, null);

    @Test
    void theCommandLineHoldsNoKeyAndTurnsTheWebUiOff() {
        assertThat(command.arguments()).noneMatch(argument -> argument.contains(KEY))
                .doesNotContain("--api-key", "--api-key-file")
                .contains("--no-webui");
        assertThat(command).hasToString(String.join(" ", command.arguments()));
    }

    @Test
    void theKeyReachesTheServerThroughItsEnvironment() {
        ProcessBuilder builder = command.applyTo(new ProcessBuilder());

        assertThat(builder.command()).isEqualTo(command.arguments());
        assertThat(builder.environment()).containsEntry("LLAMA_API_KEY", KEY);
    }

    @Test
    void llamaCppSettingsAndTokensInDossiersEnvironmentDoNotReachTheServer() {
        // given what a user's shell might hold
        ProcessBuilder builder = new ProcessBuilder();
        builder.environment().put("LLAMA_API_KEY", "a-key-from-the-shell");
        builder.environment().put("LLAMA_ARG_STATIC_PATH", "/home/someone");
        builder.environment().put("LLAMA_ARG_HF_REPO", "someone/model");
        builder.environment().put("HF_TOKEN", "hf_secret");
        builder.environment().put("DOSSIER_UNRELATED", "kept");

        command.applyTo(builder);

        assertThat(builder.environment()).containsEntry("LLAMA_API_KEY", KEY)
                .doesNotContainKeys("LLAMA_ARG_STATIC_PATH", "LLAMA_ARG_HF_REPO", "HF_TOKEN")
                .containsEntry("DOSSIER_UNRELATED", "kept");
    }
}
