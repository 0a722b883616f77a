package org.dossier.engine.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.dossier.engine.LoopbackPolicy;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way the engine makes its own HTTP calls (health checks, model lists, tokenizing, embeddings, re-ranking):
 * to a server on this machine, never through a proxy, with JSON written and read by Jackson. Every address is
 * checked against {@link LoopbackPolicy} before a connection is tried, so no path around the settings reaches the
 * network; a system-wide proxy is ignored, because it would carry loopback traffic off the machine.
 */
public final class LoopbackHttp implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int QUOTED_REPLY_CHARS = 200;

    private final String setting;
    private final HttpClient http;

    /**
     * @param setting        the setting the addresses come from, named when one is refused
     * @param connectTimeout how long a connection may take: a server on this machine answers at once or not at all
     */
    public LoopbackHttp(String setting, Duration connectTimeout) {
        this.setting = setting;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).proxy(HttpClient.Builder.NO_PROXY).build();
    }

    /** An endpoint under a base URL such as {@code http://127.0.0.1:11434/v1}, whether or not it ends in a slash. */
    public static URI under(URI baseUrl, String path) {
        return URI.create(baseUrl.toString().replaceAll("/+$", "") + "/" + path);
    }

    /**
     * {@code GET}, for the status code alone.
     *
     * @param apiKey sent as a bearer token when there is one
     * @throws LoopbackPolicy.NonLoopbackAddressException for an address off this machine, before any connection
     */
    public int get(URI uri, @Nullable String apiKey, Duration timeout) throws IOException, InterruptedException {
        return http.send(request(uri, apiKey, timeout).GET().build(), BodyHandlers.discarding()).statusCode();
    }

    /**
     * {@code GET}, with the reply as it came: for what a server says about itself ({@code /props},
     * {@code /v1/models}).
     *
     * @param apiKey sent as a bearer token when there is one
     * @throws LoopbackPolicy.NonLoopbackAddressException for an address off this machine, before any connection
     */
    public Reply read(URI uri, @Nullable String apiKey, Duration timeout) throws IOException, InterruptedException {
        var response = http.send(request(uri, apiKey, timeout).GET().build(), BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    /**
     * {@code POST} of a value as JSON; the reply as it came.
     *
     * @param apiKey sent as a bearer token when there is one
     * @throws LoopbackPolicy.NonLoopbackAddressException for an address off this machine, before any connection
     */
    public Reply post(URI uri, @Nullable String apiKey, Object body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = request(uri, apiKey, timeout).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        var response = http.send(request, BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    @Override
    public void close() {
        http.close();
    }

    private HttpRequest.Builder request(URI uri, @Nullable String apiKey, Duration timeout) {
        LoopbackPolicy.requireLoopbackUri(setting, uri);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return request;
    }

    /** A server's answer: its status code and body. */
    public record Reply(int status, String body) {

        public boolean ok() {
            return status == 200;
        }

        /** @throws JacksonException when the body is not JSON of that shape */
        public <T> T json(Class<T> type) {
            return JSON.readValue(body, type);
        }

        /** The body on one line and cut short, to quote in a message. */
        public String quoted() {
            String line = body.replaceAll("\\s+", " ").strip();
            return line.length() <= QUOTED_REPLY_CHARS ? line : line.substring(0, QUOTED_REPLY_CHARS) + "…";
        }
    }
}
