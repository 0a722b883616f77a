package org.dossier.web.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A one-shot command while a server holds the data directory: sent to that server over loopback with the API token
 * (both found in the data directory), its output and error printed here as a standalone run would print them, its
 * exit status returned. It uses nothing but the JDK (no Spring, no object mapper: see {@link FlatJson}), so a
 * command through the server costs little more than the JVM's own start.
 */
public final class ServerClient {

    private final Path dataDir;
    private final Path workingDirectory;

    ServerClient(Path dataDir, Path workingDirectory) {
        this.dataDir = dataDir;
        this.workingDirectory = workingDirectory;
    }

    /**
     * The client for the data directory the command line, the environment and the configuration files name, when
     * that is plain to see without Spring (see {@link KnownDataDirectory}); empty when only Spring can tell.
     */
    public static Optional<ServerClient> known(String[] springArguments) {
        return KnownDataDirectory.ofThisProcess().of(springArguments).map(ServerClient::forDataDir);
    }

    /** The client for a data directory, commands' relative paths taken from this process's working directory. */
    public static ServerClient forDataDir(Path dataDir) {
        return new ServerClient(dataDir, Path.of("").toAbsolutePath());
    }

    /**
     * Runs the command through the running server, if there is one that answers.
     *
     * @return the exit status; empty when no server runs on the data directory (the caller runs standalone)
     */
    public OptionalInt run(LaunchPlan plan, boolean terminal, PrintStream out, PrintStream err) {
        var server = RunningServer.of(dataDir);
        Path tokenFile = dataDir.resolve("api-token");
        if (server.isEmpty() || !Files.isReadable(tokenFile)) {
            return OptionalInt.empty();
        }
        try { // to 127.0.0.1, whatever the file says: it names a port, never an address
            String token = Files.readString(tokenFile, StandardCharsets.US_ASCII).strip();
            String body = FlatJson.writeObject(
                    Map.of("arguments", absolutePaths(plan.commandLine()), "terminal", terminal));
            LoopbackPost.Reply response = LoopbackPost.send(server.get().port(), "/api/commands", token, body);
            if (response.status() != 200) {
                err.println("dossier: the Dossier server on this data directory refused the command (HTTP "
                        + response.status() + ") — check " + tokenFile);
                return OptionalInt.of(1);
            }
            Map<String, Object> reply = FlatJson.parseObject(response.body());
            if (reply.get("output") instanceof String output) {
                out.print(output);
            }
            out.flush();
            if (reply.get("error") instanceof String error) {
                err.println("dossier: " + error);
            }
            return OptionalInt.of(reply.get("exitCode") instanceof Long exit ? Math.toIntExact(exit) : 1);
        } catch (ConnectException e) {
            return OptionalInt.empty(); // stopped meanwhile: standalone it is
        } catch (IOException | IllegalArgumentException e) {
            err.println("dossier: lost the Dossier server on this data directory: " + e.getMessage());
            return OptionalInt.of(1);
        }
    }

    /**
     * The server has its own working directory: a folder for {@code index} or {@code sources add|remove} and the
     * file of {@code --file} are made absolute here, where the user typed them.
     */
    List<String> absolutePaths(List<String> arguments) {
        List<String> resolved = new ArrayList<>(arguments);
        boolean folders = !resolved.isEmpty() && (resolved.getFirst().equals("index")
                || resolved.size() > 1 && resolved.getFirst().equals("sources")
                && (resolved.get(1).equals("add") || resolved.get(1).equals("remove")));
        int first = resolved.isEmpty() ? 0 : resolved.getFirst().equals("sources") ? 2 : 1;
        for (int i = first; i < resolved.size(); i++) {
            String argument = resolved.get(i);
            if (argument.equals("--file") && i + 1 < resolved.size()) {
                resolved.set(i + 1, absolute(resolved.get(i + 1)));
                i++;
            } else if (argument.startsWith("--file=")) {
                resolved.set(i, "--file=" + absolute(argument.substring("--file=".length())));
            } else if (argument.startsWith("--")) {
                i += argument.contains("=") || LaunchPlan.FLAGS.contains(argument.substring(2)) ? 0 : 1;
            } else if (folders) {
                resolved.set(i, absolute(argument));
            }
        }
        return resolved;
    }

    private String absolute(String path) {
        return workingDirectory.resolve(path).normalize().toString();
    }
}
