package org.dossier.web.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.dossier.web.ServerSentEvents;
import org.dossier.web.privacy.Request.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the scenario's {@link Request}s to Dossier on loopback, with no proxy, and checks each reply as its
 * {@link Reply} says; a wrong reply is an {@link AssertionError} naming the request and what came back.
 */
final class ScenarioClient implements AutoCloseable {

    /** What came back: the body as text, and for event streams the events read. */
    record Response(int status, String body, List<ServerSentEvents.Event> events) {
    }

    private static final Duration EVENT_WAIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final Path tokenFile;

    ScenarioClient(int port, Path dataDir) {
        this.base = "http://127.0.0.1:" + port;
        this.tokenFile = dataDir.resolve("api-token");
    }

    Response send(Request request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(build(request), HttpResponse.BodyHandlers.ofInputStream());
        String type = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream body = response.body()) {
            boolean stream = request.reply() == Reply.FIRST_EVENT || request.reply() == Reply.EVENTS_UNTIL_DONE;
            if (stream && response.statusCode() == 200 && type.startsWith("text/event-stream")) {
                List<ServerSentEvents.Event> events = readEvents(body, request.reply() == Reply.FIRST_EVENT);
                return check(request, new Response(200, "", events), type);
            }
            return check(request, new Response(response.statusCode(),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8), List.of()), type);
        }
    }

    JsonNode json(Request request) throws IOException, InterruptedException {
        return json.readTree(send(request).body());
    }

    /** The data of the first event of a stream, as JSON. */
    JsonNode firstEvent(Request request) throws IOException, InterruptedException {
        return json.readTree(send(request).events().getFirst().data());
    }

    /** Whether anything answers on the port yet. */
    boolean answers() throws InterruptedException {
        try {
            http.send(build(ScenarioRequests.STATUS), HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private HttpRequest build(Request request) throws IOException {
        String params = request.params().entrySet().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
        boolean form = request.method() == Request.Method.POST;
        String query = form || params.isEmpty() ? "" : "?" + params;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path() + query))
                .timeout(Duration.ofSeconds(60))
                .method(request.method().name(), form ? HttpRequest.BodyPublishers.ofString(params)
                        : HttpRequest.BodyPublishers.noBody());
        if (form) {
            builder.header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (request.auth() == Request.Auth.TOKEN) {
            builder.header("Authorization", "Bearer " + apiToken());
        }
        return builder.build();
    }

    String apiToken() throws IOException {
        if (!Files.isRegularFile(tokenFile)) {
            throw new AssertionError("no API token: Dossier did not write " + tokenFile);
        }
        return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    }

    private static Response check(Request request, Response response, String type) {
        int status = response.status();
        boolean right = switch (request.reply()) {
            case PAGE -> status == 200 && type.startsWith("text/html");
            case OK -> status == 200;
            case JSON -> status == 200 && type.startsWith("application/json");
            case FIRST_EVENT -> status == 200 && response.events().size() == 1;
            case EVENTS_UNTIL_DONE -> status == 200 && !response.events().isEmpty()
                    && response.events().getLast().name().equals("done");
            case REDIRECT -> status == 302 || status == 303;
            case NO_CONTENT -> status == 204;
        };
        if (!right) {
            String body = response.events().isEmpty() ? response.body() : response.events().toString();
            throw new AssertionError("%s: expected %s, got %d %s %s".formatted(request, request.reply(), status, type,
                    body.length() > 500 ? body.substring(0, 500) + "…" : body));
        }
        return response;
    }

    /** Reads in the background, so that a stream that never sends what is awaited fails instead of hanging. */
    private static List<ServerSentEvents.Event> readEvents(InputStream body, boolean firstOnly)
            throws IOException, InterruptedException {
        ServerSentEvents events = new ServerSentEvents(body);
        try (var reader = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<List<ServerSentEvents.Event>> read = CompletableFuture.supplyAsync(() -> {
                try {
                    if (!firstOnly) {
                        return events.all();
                    }
                    ServerSentEvents.Event first = events.next();
                    return first == null ? List.of() : List.of(first);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, reader);
            try {
                return read.get(EVENT_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError((firstOnly ? "no event" : "no end of the event stream") + " within "
                        + EVENT_WAIT.toSeconds() + " s");
            } catch (ExecutionException e) {
                throw new IOException("reading the event stream failed", e.getCause());
            } finally {
                body.close(); // ends an endless stream, and unblocks the reader after a timeout
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
