package org.dossier.web.launch;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Runs the one command of a one-shot launch (see {@link CommandRun}), so that the shell and scripts share one set of
 * commands. Unlike Spring Shell's non-interactive runner it keeps quoted arguments whole and turns the outcome into
 * the process's exit status. Being an {@link ApplicationRunner}, its presence also keeps Spring Shell's own runner
 * from starting.
 */
final class OneShotRunner implements ApplicationRunner, ExitCodeGenerator {

    private final LaunchPlan plan;
    private final CommandRun commands;
    private final PrintStream results;
    private int exitCode;

    OneShotRunner(LaunchPlan plan, CommandRun commands, PrintStream results) {
        this.plan = plan;
        this.commands = commands;
        this.results = results;
    }

    @Override
    public void run(ApplicationArguments ignored) {
        CommandRun.Outcome outcome = commands.run(plan.commandLine(),
                new PrintWriter(results, true, StandardCharsets.UTF_8));
        exitCode = outcome.exitCode();
        if (outcome.error() != null) {
            System.err.println("dossier: " + outcome.error());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
