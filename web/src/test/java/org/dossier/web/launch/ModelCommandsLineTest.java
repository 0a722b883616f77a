package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code models} and {@code models bench} through Spring Shell's own parser and executor with the application's
 * registry, as the shell and one-shot runs use them. ({@code models} itself is not run here: the application's
 * bean reads the real home's models; {@code ModelCommandsTest} runs it over a folder of the test's own.)
 */
class ModelCommandsLineTest extends SampleDocsServerTest {

    @Autowired
    private CommandParser parser;
    @Autowired
    private CommandRegistry registry;
    @Autowired
    private JsonMapper json;

    @Test
    void modelsBenchTakesTheFileAsArgumentAndRunsTheTinyModelInProcess(@TempDir Path folder) throws Exception {
        Path model = TinyLlamaGguf.write(folder.resolve("tiny.gguf"));
        ParsedInput input = parser.parse(CommandRun.commandLine(
                List.of("models", "bench", model.toString(), "--runtime", "in-process", "--json")));

        assertThat(input.commandName()).isEqualTo("models");
        assertThat(input.subCommands()).containsExactly("bench");
        assertThat(input.arguments()).extracting(CommandArgument::value).containsExactly(model.toString());
        assertThat(input.options()).extracting(CommandOption::longName).containsExactly("runtime", "json");

        JsonNode result = json.readTree(run(input));
        assertThat(result.get("file").asString()).isEqualTo("tiny.gguf");
        assertThat(result.get("runtime").asString()).isEqualTo("in-process");
        assertThat(result.get("generatedTokens").asInt()).isEqualTo(64);
    }

    @Test
    void modelsAloneIsACommandOfItsOwn() {
        ParsedInput input = parser.parse(CommandRun.commandLine(List.of("models", "--json")));

        assertThat(input.commandName()).isEqualTo("models");
        assertThat(input.subCommands()).isEmpty();
        assertThat(LaunchPlan.ONE_SHOT_COMMANDS).contains("models");
    }

    private String run(ParsedInput input) {
        StringWriter out = new StringWriter();
        try {
            new CommandExecutor(registry).execute(new CommandContext(input, registry, new PrintWriter(out, true),
                    new InputReader() { }));
        } catch (CommandExecutionException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().strip();
    }
}
