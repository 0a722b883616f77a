package org.dossier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a hostile page whose name is made to point at 127.0.0.1 reaches Dossier with its own name in the
 * Host header. Only loopback names on Dossier's own port are answered; everything else is refused before any
 * controller runs — for pages, the API and static files alike.
 */
class HostAllowListTest extends SampleDocsServerTest {

    private static final List<String> READS = List.of("/api/status", "/api/search?q=harbour", "/",
            "/css/dossier.css", "/api/conversations", "/search?q=harbour", "/search.csv?q=harbour", "/documents/1",
            "/documents/1/original", "/documents/2/original", "/status", "/status/model-sha256", "/conversations/list",
            "/?folder=mail/&sender=brenner");

    @Test
    void aForeignHostNameIsRefusedWithA403ThatSaysWhy() {
        for (String path : READS) {
            for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.evil.example:" + port,
                    "localhost.evil.example", "127.0.0.2:" + port, "0.0.0.0:" + port)) {
                RawHttp.Response response = RawHttp.get(port, path, "Host: " + host);

                assertThat(response.status()).as("GET %s with Host %s", path, host).isEqualTo(403);
                assertThat(response.body()).as("GET %s with Host %s", path, host)
                        .contains("Dossier answers only to http://127.0.0.1")
                        .doesNotContain("harbour").doesNotContain("Bluewater");
            }
        }
    }

    @Test
    void aForeignHostIsRefusedOnEveryEndpointThatChangesSomethingEvenWithTheApiToken() {
        String form = "q=harbour";
        for (String request : List.of("POST /ask", "POST /ask/stream", "POST /api/ask", "POST /api/ask/stream",
                "POST /library/sources", "POST /library/sources/remove", "POST /library/cancel",
                "POST /conversations/1/delete", "POST /api/commands",
                "DELETE /api/conversations/1")) {
            RawHttp.Response response = RawHttp.send(port, request + " HTTP/1.1\r\nHost: evil.example:" + port
                    + "\r\nAuthorization: Bearer " + client().apiToken()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                    + "\r\nConnection: close\r\n\r\n" + form);

            assertThat(response.status()).as(request).isEqualTo(403);
        }
    }

    @Test
    void aStreamPostedByThePageCannotBeReadUnderAForeignHostAndStaysReadableByThePage() {
        String address = client().submitForm("/", "/ask/stream", java.util.Map.of("q", "harbour")).body()
                .replaceAll(".*\"stream\":\"([^\"]+)\".*", "$1");

        RawHttp.Response foreign = RawHttp.get(port, address, "Host: evil.example:" + port);
        int own = client().getEvents(address).statusCode();

        assertThat(address).startsWith("/ask/stream/");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(own).isEqualTo(200);
    }

    @Test
    void anEmptyOrMissingHostIsRefused() {
        RawHttp.Response empty = RawHttp.get(port, "/api/status", "Host: ");
        RawHttp.Response http10WithoutHost = RawHttp.send(port, "GET /api/status HTTP/1.0\r\n\r\n");
        RawHttp.Response http11WithoutHost = RawHttp.get(port, "/api/status", null);

        assertThat(empty.status()).isEqualTo(403);
        assertThat(http10WithoutHost.status()).isEqualTo(403);
        // Tomcat itself refuses HTTP/1.1 without Host (RFC 9112), before Spring sees it
        assertThat(http11WithoutHost.status()).isEqualTo(400);
        assertThat(List.of(empty.body(), http10WithoutHost.body(), http11WithoutHost.body()))
                .noneMatch(body -> body.contains("\"counts\""));
    }

    @Test
    void aLoopbackNameOnAnotherPortIsRefused() {
        int other = port == 80 ? 81 : 80;

        RawHttp.Response response = RawHttp.get(port, "/api/status", "Host: 127.0.0.1:" + other);

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void everyLoopbackNameOnDossiersPortIsAnswered() {
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
            RawHttp.Response response = RawHttp.get(port, "/api/status", "Host: " + host);

            assertThat(response.status()).as("Host %s", host).isEqualTo(200);
            assertThat(response.body()).as("Host %s", host).contains("\"counts\"");
        }
    }
}
