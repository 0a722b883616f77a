package org.dossier.web.launch;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.dossier.assistant.UserInputException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;

/**
 * Runs the one command of a one-shot launch through Spring Shell's own parser and executor, so that the shell and
 * scripts share one set of commands. Unlike Spring Shell's non-interactive runner it keeps quoted arguments whole
 * and turns the outcome into the process's exit status: 0 done, 2 the input was wrong, 1 something else failed.
 * Being an {@link ApplicationRunner}, its presence also keeps Spring Shell's own runner from starting.
 */
final class OneShotRunner implements ApplicationRunner, ExitCodeGenerator {

    private final LaunchPlan plan;
    private final CommandParser parser;
    private final CommandRegistry registry;
    private final PrintStream results;
    private int exitCode;

    OneShotRunner(LaunchPlan plan, CommandParser parser, CommandRegistry registry, PrintStream results) {
        this.plan = plan;
        this.parser = parser;
        this.registry = registry;
        this.results = results;
    }

    @Override
    public void run(ApplicationArguments ignored) {
        PrintWriter out = new PrintWriter(results, true, StandardCharsets.UTF_8);
        try {
            var input = parser.parse(commandLine(plan.commandLine()));
            ExitStatus status = new CommandExecutor(registry).execute(
                    new CommandContext(input, registry, out, new InputReader() { }));
            exitCode = status.code() == ExitStatus.OK.code() ? 0 : 2;
        } catch (CommandNotFoundException e) {
            fail(2, "unknown command '" + e.getCommandName() + "' — use index, ask, search, status, sources, conversations or doctor");
        } catch (CommandExecutionException e) {
            Throwable cause = rootCause(e);
            boolean usage = cause instanceof UserInputException || cause instanceof IllegalArgumentException;
            fail(usage ? 2 : 1, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (IllegalArgumentException e) {
            fail(2, e.getMessage());
        } finally {
            out.flush();
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private void fail(int code, String message) {
        exitCode = code;
        System.err.println("dossier: " + message);
    }

    /**
     * Spring Shell's parser splits on spaces outside double quotes, so each argument that holds a space is quoted
     * again. A double quote inside an argument would end that quoting early; it carries no meaning in a question,
     * so it becomes a single quote.
     */
    static String commandLine(List<String> arguments) {
        return arguments.stream()
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
