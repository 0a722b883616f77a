package org.dossier.web.launch;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import org.dossier.assistant.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;

/**
 * One command line run through Spring Shell's own parser and executor, as a script sees it: what it printed, and an
 * exit status — 0 done, 2 the input was wrong, 1 something else failed — with the one-line error. Used by the
 * standalone one-shot run and by the server for a one-shot client, so that both print the same.
 */
final class CommandRun {

    /** @param error the line for standard error (without the "dossier: " prefix), or {@code null} */
    record Outcome(int exitCode, @Nullable String error) {
    }

    private final CommandParser parser;
    private final CommandRegistry registry;

    CommandRun(CommandParser parser, CommandRegistry registry) {
        this.parser = parser;
        this.registry = registry;
    }

    Outcome run(List<String> arguments, PrintWriter out) {
        try {
            var input = parser.parse(commandLine(arguments));
            ExitStatus status = new CommandExecutor(registry).execute(
                    new CommandContext(input, registry, out, new InputReader() { }));
            return new Outcome(status.code() == ExitStatus.OK.code() ? 0 : 2, null);
        } catch (CommandNotFoundException e) {
            return new Outcome(2, "unknown command '" + e.getCommandName()
                    + "' — use index, ask, search, show, open, status, sources, conversations, models or doctor");
        } catch (CommandExecutionException e) {
            Throwable cause = rootCause(e);
            boolean usage = cause instanceof UserInputException || cause instanceof IllegalArgumentException;
            return new Outcome(usage ? 2 : 1,
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (IllegalArgumentException e) {
            return new Outcome(2, e.getMessage());
        } finally {
            out.flush();
        }
    }

    /**
     * Spring Shell's parser splits on spaces outside double quotes, so each argument that holds a space is quoted
     * again. A double quote inside an argument would end that quoting early; it carries no meaning in a question,
     * so it becomes a single quote. Spring Shell 4.0.1's parser also takes the word after an option as its value,
     * so {@code ask --json "a question"} would read the question as the value of {@code --json}: Dossier's flags
     * take no value, and each is written {@code --flag=true} (as {@link FlagFriendlyCommandParser} does for a line
     * typed in the shell).
     */
    static String commandLine(List<String> arguments) {
        return arguments.stream()
                .map(argument -> argument.startsWith("--") && LaunchPlan.FLAGS.contains(argument.substring(2))
                        ? argument + "=true" : argument)
                .map(argument -> argument.replace('"', '\''))
                .map(argument -> argument.isEmpty() || argument.chars().anyMatch(Character::isWhitespace)
                        ? '"' + argument + '"' : argument)
                .collect(Collectors.joining(" "));
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
