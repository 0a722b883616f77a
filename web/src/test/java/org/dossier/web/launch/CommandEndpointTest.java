package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.EmbeddingStage;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /api/commands}, where a one-shot client's command runs in the server: only with the API token, never
 * from a page (not even Dossier's own), and what the client prints is what the command prints standalone.
 */
class CommandEndpointTest extends SampleDocsServerTest {

    private static final String SEARCH = "{\"arguments\":[\"search\",\"--json\",\"dredging contract\"],\"terminal\":false}";

    @Autowired
    private CommandRun commands;
    @Autowired
    private EmbeddingStage embedding;

    @Test
    void theClientPrintsWhatTheCommandPrintsStandaloneWithItsExitStatus() throws InterruptedException {
        // the vectors of the sample docs all in place, so that the two runs of a search see the same index
        assertThat(embedding.awaitIdle(Duration.ofMinutes(5))).isTrue();
        for (List<String> command : List.of(List.of("search", "dredging contract"), List.of("search", "--json",
                "beneficial owner"), List.of("status", "--failed"), List.of("conversations", "show", "999"),
                List.of("ask", ""))) {
            StringWriter standalone = new StringWriter();
            CommandRun.Outcome outcome = commands.run(command, new PrintWriter(standalone, true));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            var exit = new ServerClient(dataDir(), Path.of("/")).run(LaunchPlan.from(command.toArray(String[]::new),
                    false), false, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(exit).as("%s went through the server", command).isPresent();
            assertThat(exit.getAsInt()).as("exit of %s", command).isEqualTo(outcome.exitCode());
            assertThat(out.toString(StandardCharsets.UTF_8)).as("output of %s", command).isEqualTo(standalone.toString());
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                    outcome.error() == null ? "" : "dossier: " + outcome.error() + System.lineSeparator());
        }
    }

    @Test
    void aCommandNeedsTheApiTokenAndAPageCannotRunOneEvenFromDossiersOwnOrigin() {
        String csrf = client().csrfTokenOf("/library");

        HttpResponse<String> withToken = command(SEARCH, Map.of("Authorization", "Bearer " + client().apiToken()));
        HttpResponse<String> none = command(SEARCH, Map.of());
        HttpResponse<String> wrongToken = command(SEARCH, Map.of("Authorization", "Bearer " + "0".repeat(64)));
        HttpResponse<String> ownPage = command(SEARCH, Map.of("X-CSRF-TOKEN", csrf, "Origin", client().origin(),
                "Sec-Fetch-Site", "same-origin"));

        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("\"exitCode\":0").contains("dredging-contract-PV-HD-2024-007.pdf");
        assertThat(List.of(none.statusCode(), wrongToken.statusCode(), ownPage.statusCode()))
                .containsOnly(403);
    }

    @Test
    void aGetRunsNoCommandAndTheReplyCarriesTheSecurityHeaders() {
        HttpResponse<String> get = client().send(HttpRequest.newBuilder(URI.create(url("/api/commands?arguments=search")))
                .header("Authorization", "Bearer " + client().apiToken()).GET().build());
        HttpResponse<String> posted = command(SEARCH, Map.of("Authorization", "Bearer " + client().apiToken()));

        assertThat(get.statusCode()).isIn(403, 405);
        assertThat(get.body()).as("a GET ran no command").doesNotContain("exitCode");
        assertThat(posted.body()).contains("\"exitCode\":0");
        for (HttpResponse<String> response : List.of(get, posted)) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    cache -> assertThat(cache).contains("no-store"));
        }
    }

    @Test
    void onlyOneShotCommandsRunThere() {
        HttpResponse<String> shellOnly = command("{\"arguments\":[\"show\",\"1\"],\"terminal\":false}",
                Map.of("Authorization", "Bearer " + client().apiToken()));

        assertThat(shellOnly.statusCode()).isEqualTo(200);
        assertThat(shellOnly.body()).contains("\"exitCode\":2").contains("not a one-shot command: show 1");
    }

    @Test
    void theClientMakesFolderAndFileArgumentsAbsoluteWhereTheUserTypedThem() {
        // where the user typed the command: a folder of this test's own, not a path of any one machine
        Path typedIn = dataDir().resolveSibling("work").toAbsolutePath().normalize();
        ServerClient client = new ServerClient(dataDir(), typedIn);

        assertThat(client.absolutePaths(List.of("index", "leak"))).containsExactly("index", typedIn.resolve("leak").toString());
        assertThat(client.absolutePaths(List.of("sources", "add", "../mail", "--include", "**/*.eml")))
                .containsExactly("sources", "add", typedIn.resolveSibling("mail").toString(), "--include", "**/*.eml");
        assertThat(client.absolutePaths(List.of("conversations", "export", "3", "--file", "notes.md")))
                .containsExactly("conversations", "export", "3", "--file", typedIn.resolve("notes.md").toString());
        assertThat(client.absolutePaths(List.of("search", "--path", "contracts/", "dredging")))
                .containsExactly("search", "--path", "contracts/", "dredging");
    }

    private HttpResponse<String> command(String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/commands")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return client().send(request.build());
    }
}
