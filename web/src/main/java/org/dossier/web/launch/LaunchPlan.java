package org.dossier.web.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the command line asks for.
 * <ul>
 *   <li>{@code dossier} or {@code dossier serve [folder…]}: the web UI, the shell on a terminal, the folders indexed
 *       (and added as sources) in the background;</li>
 *   <li>{@code dossier index|ask|search|status|sources|conversations|models|doctor …}: that one command, then exit with its status.</li>
 * </ul>
 * Arguments of the form {@code --name=value} before a command are Spring properties ({@code --server.port=9090}).
 *
 * @param commandLine the one-shot command and its arguments, empty otherwise
 * @param folders     folders to index at start-up in server mode
 */
public record LaunchPlan(Mode mode, List<String> commandLine, List<Path> folders, String[] springArguments) {

    public enum Mode { INTERACTIVE, SERVER, ONE_SHOT }

    /** The mode, as a property, so that beans can be conditional on it. */
    public static final String MODE_PROPERTY = "dossier.mode";

    static final String CONSOLE_THRESHOLD = "logging.threshold.console";

    public static final Set<String> ONE_SHOT_COMMANDS = Set.of("index", "ask", "search", "status",
            "conversations", "sources", "models", "doctor", "help");

    /**
     * The one-shot commands that read, write little, and are over in a second or two (the launcher runs them
     * with the JIT's quick compiler only); not {@code index} or {@code sources}, which may work for hours.
     */
    static final Set<String> SHORT_COMMANDS = Set.of("status", "search", "ask", "conversations", "models", "doctor",
            "help");

    /** The options that take no value (see {@link FlagFriendlyCommandParser}). */
    static final Set<String> FLAGS = Set.of("json", "force", "failed");

    public LaunchPlan {
        commandLine = List.copyOf(commandLine);
        folders = List.copyOf(folders);
    }

    public static LaunchPlan from(String[] args, boolean terminal) {
        List<String> properties = new ArrayList<>();
        int i = 0;
        while (i < args.length && args[i].startsWith("--") && args[i].contains("=")) {
            properties.add(args[i++]);
        }
        String[] springArguments = properties.toArray(String[]::new);
        Mode serving = terminal ? Mode.INTERACTIVE : Mode.SERVER;
        if (i == args.length) {
            return new LaunchPlan(serving, List.of(), List.of(), springArguments);
        }
        String command = args[i];
        List<String> rest = Arrays.asList(args).subList(i + 1, args.length);
        if (command.equals("serve")) {
            return new LaunchPlan(serving, List.of(), rest.stream().map(LaunchPlan::existingFolder).toList(),
                    springArguments);
        }
        if (ONE_SHOT_COMMANDS.contains(command)) {
            return new LaunchPlan(Mode.ONE_SHOT, Arrays.asList(args).subList(i, args.length), List.of(),
                    springArguments);
        }
        throw new IllegalArgumentException("unknown command '" + command
                + "' — use serve, index, ask, search, status, sources, conversations or doctor (e.g. dossier ask \"who signed the contract?\")");
    }

    /** A one-shot command that embeds its question (search, ask), and so needs the embedding model at once. */
    public boolean embedsItsQuestion() {
        return mode == Mode.ONE_SHOT && Set.of("search", "ask").contains(commandLine.getFirst());
    }

    /** A short one-shot command (see {@link #SHORT_COMMANDS}). */
    public boolean isShort() {
        return mode == Mode.ONE_SHOT && SHORT_COMMANDS.contains(commandLine.getFirst());
    }

    /** Settings that follow from the mode; a user's own configuration can still override them. */
    public Map<String, Object> defaultProperties() {
        return switch (mode) {
            case ONE_SHOT -> Map.of(
                    MODE_PROPERTY, "one_shot",
                    // a script asked for an answer: wait for a configured model to load rather than fall back
                    "dossier.assistant.model-wait", "10m",
                    "dossier.indexer.watch", "false",
                    // only what the command uses is made: no web controllers, folder watcher, embedding stage or
                    // terminal for a status or a search (start-up time, see README "Start-up")
                    "spring.main.lazy-initialization", "true",
                    "spring.shell.interactive.enabled", "false",
                    "spring.main.banner-mode", "off",
                    "logging.level.root", "WARN",
                    // a failed start is reported as one line by the launcher instead of a stack trace
                    "logging.level.org.springframework.boot.SpringApplication", "OFF",
                    "logging.level.org.springframework.context", "ERROR",
                    // the launcher runs short commands without C2, so Lucene cannot use the vector API and warns
                    "logging.level.org.apache.lucene.internal.vectorization", "ERROR");
            case SERVER -> Map.of(MODE_PROPERTY, "server", "spring.shell.interactive.enabled", "false");
            case INTERACTIVE -> Map.of(
                    MODE_PROPERTY, "interactive",
                    "spring.shell.context.close", "true",
                    "spring.main.banner-mode", "off",
                    // the log file keeps everything; the terminal shows warnings only, each in one line, so that
                    // neither start-up chatter nor a failed web request's stack trace lands amid what the user types
                    CONSOLE_THRESHOLD, "WARN",
                    "logging.pattern.console", "%level: %msg%n%nopex",
                    // Spring Shell warns that the command line's --name=value settings are not commands
                    "logging.level.org.springframework.shell.core.InteractiveShellRunner", "ERROR");
        };
    }

    private static Path existingFolder(String name) {
        Path folder = Path.of(name).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("folder not found: " + folder);
        }
        return folder;
    }
}
