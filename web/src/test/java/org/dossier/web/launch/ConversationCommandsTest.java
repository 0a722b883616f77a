package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.assistant.NoSuchConversationException;
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
 * The conversation commands through Spring Shell 4.0.1's own parser and executor with the application's registry,
 * as the shell and one-shot runs use them: multi-word commands, {@code ask --conversation <id>}, export to a file.
 */
class ConversationCommandsTest extends SampleDocsServerTest {

    @Autowired
    private CommandParser parser;
    @Autowired
    private CommandRegistry registry;
    @Autowired
    private JsonMapper json;

    @Test
    void aMultiWordCommandParsesAsCommandSubCommandArgumentAndFlag() {
        ParsedInput input = parser.parse(CommandRun.commandLine(List.of("conversations", "show", "3", "--json")));

        assertThat(input.commandName()).isEqualTo("conversations");
        assertThat(input.subCommands()).containsExactly("show");
        assertThat(input.arguments()).extracting(CommandArgument::value).containsExactly("3");
        assertThat(input.options()).extracting(CommandOption::longName, CommandOption::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("json", "true"));
    }

    @Test
    void askTakesTheConversationAsAnOptionWithAValueAndTheQuestionWhole() {
        ParsedInput input = parser.parse(CommandRun.commandLine(
                List.of("ask", "--conversation", "12", "--json", "And when was it signed?")));

        assertThat(input.subCommands()).isEmpty();
        assertThat(input.arguments()).extracting(CommandArgument::value).containsExactly("And when was it signed?");
        assertThat(input.options()).extracting(CommandOption::longName, CommandOption::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("conversation", "12"),
                org.assertj.core.groups.Tuple.tuple("json", "true"));
    }

    @Test
    void aScriptAsksAFollowUpShowsExportsAndDeletesTheConversation(@TempDir Path folder) throws Exception {
        JsonNode first = json.readTree(run("ask", "--json", "Who signed the dredging contract?"));
        long id = first.get("conversationId").asLong();

        JsonNode followUp = json.readTree(run("ask", "--conversation", Long.toString(id), "--json", "When was it?"));
        JsonNode shown = json.readTree(run("conversations", "show", Long.toString(id), "--json"));
        String listed = run("conversations", "list");
        Path file = folder.resolve("conversation.md");
        String wrote = run("conversations", "export", Long.toString(id), "--file", file.toString());

        assertThat(followUp.get("conversationId").asLong()).isEqualTo(id);
        assertThat(followUp.get("standaloneQuestion").asString()).startsWith("When was it? (");
        assertThat(shown.get("turns")).hasSize(2);
        assertThat(listed).contains("Who signed the dredging contract?");
        assertThat(wrote).startsWith("Wrote conversation " + id);
        assertThat(Files.readString(file)).startsWith("# Who signed the dredging contract?")
                .contains("contracts/dredging-contract-PV-HD-2024-007.pdf, page 3")
                .contains("SHA-256: `" + first.get("citations").get(0).get("sha256").asString() + "`");

        assertThat(run("conversations", "delete", Long.toString(id))).startsWith("Deleted conversation " + id);
        assertThatThrownBy(() -> run("conversations", "show", Long.toString(id)))
                .hasRootCauseInstanceOf(NoSuchConversationException.class);
    }

    private String run(String... arguments) {
        StringWriter out = new StringWriter();
        ParsedInput input = parser.parse(CommandRun.commandLine(List.of(arguments)));
        try {
            new CommandExecutor(registry).execute(new CommandContext(input, registry, new PrintWriter(out, true),
                    new InputReader() { }));
        } catch (CommandExecutionException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().strip();
    }
}
