package org.dossier.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.dossier.engine.LoopbackPolicy.NonLoopbackAddressException;
import org.dossier.engine.server.StandInLlamaServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's one HTTP client, against the stand-in llama-server: loopback only, no proxy, JSON by Jackson. */
class LoopbackHttpTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private StandInLlamaServer server;
    private final LoopbackHttp http = new LoopbackHttp("dossier.engine.base-url", Duration.ofSeconds(1));

    @BeforeEach
    void startServer() throws IOException {
        server = new StandInLlamaServer("127.0.0.1", 0, "secret", 0, false);
    }

    @AfterEach
    void stopServer() {
        http.close();
        server.stop();
    }

    @Test
    void refusesAnAddressOffThisMachineBeforeAnyConnectionNamingTheSetting() {
        assertThatThrownBy(() -> http.get(URI.create("http://192.168.1.5:11434/v1/models"), null, TIMEOUT))
                .isInstanceOf(NonLoopbackAddressException.class)
                .hasMessageContaining("dossier.engine.base-url=http://192.168.1.5:11434/v1/models");
        assertThatThrownBy(() -> http.post(URI.create("http://models.example/v1/rerank"), null, Map.of(), TIMEOUT))
                .isInstanceOf(NonLoopbackAddressException.class)
                .hasMessageContaining("is a host name");
    }

    @Test
    void goesStraightToTheServerThoughTheMachineHasAProxy() throws Exception {
        // given a system-wide proxy, which a client left to its defaults sends loopback requests to
        try (RecordingProxy proxy = new RecordingProxy()) {
            ProxySelector before = ProxySelector.getDefault();
            ProxySelector.setDefault(ProxySelector.of(proxy.address()));
            try {
                // when
                int status = http.get(health(), null, TIMEOUT);

                // then
                assertThat(status).isEqualTo(200);
                assertThat(proxy.connections).hasValue(0);
                // and the check would have caught a client that uses the proxy
                try (HttpClient defaults = HttpClient.newHttpClient()) {
                    defaults.send(HttpRequest.newBuilder(health()).build(), HttpResponse.BodyHandlers.discarding());
                } catch (IOException refusedByTheProxy) {
                    // the recording proxy closes every connection
                }
                await().atMost(TIMEOUT).until(() -> proxy.connections.get() > 0);
            } finally {
                ProxySelector.setDefault(before);
            }
        }
    }

    @Test
    void postsJsonWithTheKeyAndReadsTheReplyWithJackson() throws Exception {
        URI tokenize = URI.create("http://127.0.0.1:" + server.port() + "/tokenize");

        LoopbackHttp.Reply reply = http.post(tokenize, "secret", Map.of("content", "two \"quoted\" words"), TIMEOUT);

        assertThat(reply.ok()).isTrue();
        assertThat(reply.json(Tokens.class).tokens()).hasSize(3);
        assertThat(http.post(tokenize, "wrong", Map.of("content", "x"), TIMEOUT).status()).isEqualTo(401);
        assertThat(http.post(tokenize, null, Map.of("content", "x"), TIMEOUT).status()).isEqualTo(401);
    }

    @Test
    void putsAnEndpointUnderABaseUrlWithOrWithoutItsSlash() {
        assertThat(LoopbackHttp.under(URI.create("http://127.0.0.1:1234/v1"), "models"))
                .isEqualTo(URI.create("http://127.0.0.1:1234/v1/models"));
        assertThat(LoopbackHttp.under(URI.create("http://127.0.0.1:1234/v1/"), "rerank"))
                .isEqualTo(URI.create("http://127.0.0.1:1234/v1/rerank"));
    }

    private URI health() {
        return URI.create("http://127.0.0.1:" + server.port() + "/health");
    }

    record Tokens(int[] tokens) {
    }

    /** A "proxy" on loopback that counts the connections made to it and closes each at once. */
    private static final class RecordingProxy implements AutoCloseable {

        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());

        RecordingProxy() throws IOException {
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket accepted = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        InetSocketAddress address() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
