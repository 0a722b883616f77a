package org.dossier.engine.rerank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.dossier.engine.LoopbackPolicy.NonLoopbackAddressException;
import org.dossier.engine.server.StandInLlamaServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The /v1/rerank wire format against the stand-in llama-server, which scores by words shared with the query. */
class RerankClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private StandInLlamaServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new StandInLlamaServer("127.0.0.1", 0, "secret", 0, false);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void scoresComeBackInTheDocumentsOrderThoughTheServerSendsThemBestFirst() {
        try (RerankClient client = client("secret", TIMEOUT)) {
            double[] scores = client.rerank("who suspended the harbour payments", List.of(
                    "A recipe for rye bread.",
                    "The payments were late.",
                    "The harbour board suspended the payments."));

            assertThat(scores).containsExactly(0, 2, 4);
        }
    }

    @Test
    void passagesWithQuotesBracketsAndLineBreaksArriveWhole() {
        try (RerankClient client = client("secret", TIMEOUT)) {
            double[] scores = client.rerank("audit [draft]", List.of("He wrote \"audit\" ] twice\nin the [draft]",
                    "nothing here"));

            assertThat(scores).containsExactly(2, 0);
        }
    }

    @Test
    void aWrongKeyIsAFailureThatQuotesTheServer() {
        try (RerankClient client = client("wrong", TIMEOUT)) {
            assertThatThrownBy(() -> client.rerank("q", List.of("d")))
                    .isInstanceOf(RerankException.class)
                    .hasMessageContaining("answered 401")
                    .hasMessageContaining("Invalid API Key");
        }
    }

    @Test
    void aServerThatIsGoneIsAFailureNamingTheEndpoint() {
        try (RerankClient client = client("secret", TIMEOUT)) {
            server.stop();

            assertThatThrownBy(() -> client.rerank("q", List.of("d")))
                    .isInstanceOf(RerankException.class)
                    .hasMessageContaining(baseUrl() + "/rerank")
                    .hasMessageContaining("is the reranker running?");
        }
    }

    @Test
    void aServerSlowerThanTheTimeoutIsAFailure() {
        try (RerankClient client = client("secret", Duration.ofMillis(300))) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> client.rerank("slow question", List.of("d")))
                    .isInstanceOf(RerankException.class)
                    .hasMessageContaining("timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void anAddressOffThisMachineIsRefusedBeforeAnyConnection() {
        assertThatThrownBy(() -> new RerankClient("dossier.engine.reranker-base-url",
                URI.create("http://192.168.1.5:8012/v1"), null, "bge", TIMEOUT))
                .isInstanceOf(NonLoopbackAddressException.class)
                .hasMessageContaining("dossier.engine.reranker-base-url=http://192.168.1.5:8012/v1");
    }

    private RerankClient client(String key, Duration timeout) {
        return new RerankClient("test", baseUrl(), key, "stand-in", timeout);
    }

    private URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + "/v1");
    }
}
