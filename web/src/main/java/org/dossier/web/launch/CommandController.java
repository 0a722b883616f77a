package org.dossier.web.launch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.dossier.web.shell.RemoteClient;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/commands}: a one-shot command sent by {@code dossier <command>} while this server holds the data
 * directory. It runs as it would standalone and the reply carries what it printed and its exit status, which the
 * client prints and exits with. Only the API token lets a request in (see the web security configuration): a page,
 * even Dossier's own, cannot run commands.
 */
@RestController
final class CommandController {

    /** @param terminal whether the client prints to a terminal (bold matches) or to a pipe (plain text) */
    record CommandRequest(List<String> arguments, boolean terminal) {
        CommandRequest {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }
    }

    record CommandReply(int exitCode, String output, @Nullable String error) {
    }

    private final CommandRun commands;

    CommandController(CommandRun commands) {
        this.commands = commands;
    }

    @PostMapping("/api/commands")
    CommandReply run(@RequestBody CommandRequest request) {
        if (request.arguments().isEmpty() || !LaunchPlan.ONE_SHOT_COMMANDS.contains(request.arguments().getFirst())) {
            return new CommandReply(2, "", "not a one-shot command: " + String.join(" ", request.arguments()));
        }
        StringWriter printed = new StringWriter();
        CommandRun.Outcome outcome = ScopedValue.where(RemoteClient.TERMINAL, request.terminal())
                .call(() -> commands.run(request.arguments(), new PrintWriter(printed, true)));
        return new CommandReply(outcome.exitCode(), printed.toString(), outcome.error());
    }
}
