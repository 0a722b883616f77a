package org.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Talks to a running Dossier the two ways it allows changes: as the user's script (the API token from the data
 * directory) and as its own page in a browser (a session cookie, the form's CSRF token, and the page's origin).
 */
public final class DossierClient implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .proxy(HttpClient.Builder.NO_PROXY).build();

    public DossierClient(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    public String origin() {
        return "http://127.0.0.1:" + port;
    }

    public String url(String pathAndQuery) {
        return origin() + pathAndQuery;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).build());
    }

    /** A GET that reads a stream of server-sent events. */
    public HttpResponse<InputStream> getEvents(String pathAndQuery) {
        return sendForStream(HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .header("Accept", "text/event-stream").build());
    }

    /** A change as the user's own script makes it: a form body and the API token. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(withToken(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    /** As {@link #post}, reading the answer as server-sent events. */
    public HttpResponse<InputStream> postForEvents(String path, Map<String, String> form) {
        return sendForStream(withToken(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    public HttpResponse<String> delete(String path) {
        return send(withToken(path).DELETE().build());
    }

    /**
     * Submits a form of a page as the browser does after showing that page: with the CSRF token the page carries
     * (read from its first form), the session cookie, and the page's own origin.
     */
    public HttpResponse<String> submitForm(String page, String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfTokenOf(page));
        return send(HttpRequest.newBuilder(URI.create(url(action)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    /** The CSRF token in a page's form, for this client's session. */
    public String csrfTokenOf(String page) {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException(page + " has no form with a CSRF token");
        }
        return token.group(1);
    }

    /** The token a script reads from the data directory to change things through the API. */
    public String apiToken() {
        try {
            return Files.readString(dataDir.resolve("api-token")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<InputStream> sendForStream(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder withToken(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + apiToken());
    }

    /** A form body: each name and value URL-encoded. */
    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.shutdownNow();
    }
}
