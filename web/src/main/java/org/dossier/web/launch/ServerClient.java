package org.dossier.web.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.dossier.engine.DossierProperties;
import org.dossier.engine.LoopbackPolicy;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * A one-shot command while a server holds the data directory: sent to that server over loopback with the API token
 * (both found in the data directory), its output and error printed here as a standalone run would print them, its
 * exit status returned. Runs before any bean exists, so a command through the server starts in a fraction of the
 * time. (The engine's loopback HTTP client is behind its face; this is the one call the launcher makes.)
 */
public final class ServerClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dataDir;
    private final Path workingDirectory;

    ServerClient(Path dataDir, Path workingDirectory) {
        this.dataDir = dataDir;
        this.workingDirectory = workingDirectory;
    }

    /**
     * The client for a data directory named explicitly — {@code --dossier.data-dir=…} before the command, the
     * {@code dossier.data-dir} system property or {@code DOSSIER_DATA_DIR}, in Spring's order — known before Spring
     * starts, which saves most of a one-shot command's start-up. Empty when none is given: only Spring's reading of
     * the configuration files then knows the data directory.
     */
    public static java.util.Optional<ServerClient> explicit(String[] springArguments) {
        String named = null;
        for (String argument : springArguments) {
            if (argument.startsWith("--dossier.data-dir=")) {
                named = argument.substring("--dossier.data-dir=".length());
            }
        }
        if (named == null) {
            named = System.getProperty("dossier.data-dir");
        }
        if (named == null) {
            named = System.getenv("DOSSIER_DATA_DIR");
        }
        if (named == null || named.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ServerClient(new DossierProperties(Path.of(named)).dataDir(),
                Path.of("").toAbsolutePath()));
    }

    /** The client for the data directory that {@code environment} names (its configuration read, nothing started). */
    public static ServerClient of(ConfigurableEnvironment environment) {
        Path dataDir = Binder.get(environment).bindOrCreate("dossier", DossierProperties.class).dataDir();
        return new ServerClient(dataDir, Path.of("").toAbsolutePath());
    }

    /**
     * Runs the command through the running server, if there is one that answers.
     *
     * @return the exit status; empty when no server runs on the data directory (the caller runs standalone)
     */
    public OptionalInt run(LaunchPlan plan, boolean terminal, PrintStream out, PrintStream err) {
        var server = RunningServer.of(dataDir);
        if (server.isEmpty() || !Files.isReadable(dataDir.resolve("api-token"))) {
            return OptionalInt.empty();
        }
        URI uri = URI.create("http://127.0.0.1:" + server.get().port() + "/api/commands");
        LoopbackPolicy.requireLoopbackUri("server.json", uri);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .proxy(HttpClient.Builder.NO_PROXY).build()) {
            String token = Files.readString(dataDir.resolve("api-token"), StandardCharsets.US_ASCII).strip();
            var body = new CommandController.CommandRequest(absolutePaths(plan.commandLine()), terminal);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                err.println("dossier: the Dossier server on this data directory refused the command (HTTP "
                        + response.statusCode() + ") — check " + dataDir.resolve("api-token"));
                return OptionalInt.of(1);
            }
            var reply = JSON.readValue(response.body(), CommandController.CommandReply.class);
            out.print(reply.output());
            out.flush();
            if (reply.error() != null) {
                err.println("dossier: " + reply.error());
            }
            return OptionalInt.of(reply.exitCode());
        } catch (ConnectException e) {
            return OptionalInt.empty(); // stopped meanwhile: standalone it is
        } catch (IOException e) {
            err.println("dossier: lost the Dossier server on this data directory: " + e.getMessage());
            return OptionalInt.of(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
                i += argument.contains("=") || FlagFriendlyCommandParser.FLAGS.contains(argument.substring(2)) ? 0 : 1;
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
