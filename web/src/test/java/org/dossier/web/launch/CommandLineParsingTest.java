package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.core.command.ParsedInput;

/** One-shot arguments survive the trip through Spring Shell's parser: quoted questions stay whole, flags stay flags. */
class CommandLineParsingTest {

    /** A one-shot command's arguments, written as one line by {@link CommandRun#commandLine}. */
    private final DefaultCommandParser parser = new DefaultCommandParser(new CommandRegistry());
    /** A line typed in the interactive shell. */
    private final FlagFriendlyCommandParser typed = new FlagFriendlyCommandParser(parser);

    @Test
    void aQuestionWithSpacesAfterAFlagStaysOneArgument() {
        ParsedInput input = parser.parse(CommandRun.commandLine(List.of("ask", "--json", "Who signed the contract?")));

        assertThat(input.commandName()).isEqualTo("ask");
        assertThat(input.arguments()).extracting(CommandArgument::value).containsExactly("Who signed the contract?");
        assertThat(input.options()).extracting(CommandOption::longName, CommandOption::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("json", "true"));
    }

    @Test
    void aFlagAfterTheQuestionWorksToo() {
        ParsedInput input = parser.parse(CommandRun.commandLine(List.of("search", "dredging contract", "--json")));

        assertThat(input.arguments()).extracting(CommandArgument::value).containsExactly("dredging contract");
        assertThat(input.options()).extracting(CommandOption::value).containsExactly("true");
    }

    @Test
    void anEmptyQuestionArrivesEmptyRatherThanMissing() {
        ParsedInput input = parser.parse(CommandRun.commandLine(List.of("ask", "")));

        assertThat(input.arguments()).extracting(CommandArgument::value).containsExactly("");
    }

    @Test
    void doubleQuotesInsideAQuestionCannotBreakTheQuoting() {
        ParsedInput input = parser.parse(CommandRun.commandLine(List.of("ask", "what is \"Bluewater\"?")));

        assertThat(input.arguments()).extracting(CommandArgument::value).containsExactly("what is 'Bluewater'?");
    }

    @Test
    void aWordThatMerelyStartsLikeAFlagIsLeftAlone() {
        ParsedInput input = typed.parse("search --jsonish=yes");

        assertThat(input.options()).extracting(CommandOption::longName).containsExactly("jsonish");
        assertThat(input.options()).extracting(CommandOption::value).containsExactly("yes");
    }

    @Test
    void aFlagTypedInTheShellTakesNoValue() {
        ParsedInput input = typed.parse("ask --json \"Who signed the contract?\"");

        assertThat(input.arguments()).extracting(CommandArgument::value).containsExactly("Who signed the contract?");
        assertThat(input.options()).extracting(CommandOption::longName, CommandOption::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("json", "true"));
    }

    @Test
    void anArgumentThatMerelyStartsLikeAFlagIsLeftAlone() {
        assertThat(CommandRun.commandLine(List.of("search", "--jsonish"))).isEqualTo("search --jsonish");
    }
}
