package org.dossier.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.web.DossierClient;
import org.dossier.web.security.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/models} and the Models page over HTTP, with the model folders pointed at a folder of the test's
 * own that holds a GGUF it wrote, and the home folder's usual places not searched
 * ({@code dossier.engine.scan-usual-places=false}): the listing is exactly that file, whatever this machine's home
 * holds. Both answer only to Dossier's own loopback name and carry the security headers, like every other page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dossier.indexer.isolation=false", "dossier.engine.scan-usual-places=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelsHttpTest {

    private static final Path WORK = temporaryFolder();
    private static final Path MODEL = tinyModel();
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @LocalServerPort
    private int port;

    private DossierClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("dossier.data-dir", () -> WORK.resolve("data").toString());
        registry.add("dossier.engine.model-folders", () -> MODEL.getParent().toString());
    }

    @AfterAll
    void closeClient() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void theApiListsTheModelInTheConfiguredFolderFromItsHeaderAndNothingElse() {
        HttpResponse<String> response = client().get("/api/models");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode listed = json.readTree(response.body());
        assertThat(listed).hasSize(1);
        JsonNode tiny = listed.get(0);
        assertThat(tiny.get("path").asString()).isEqualTo(MODEL.toUri().toString());
        assertThat(tiny.get("facts").get("architecture").asString()).isEqualTo("llama");
        assertThat(tiny.get("facts").get("trainedContext").asLong()).isEqualTo(512);
        assertThat(tiny.get("sha256").isNull()).as("not computed at a page's request").isTrue();
    }

    @Test
    void theModelsPageShowsTheModelAndNoBenchRunsYet() {
        HttpResponse<String> page = client().get("/models");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Models on this machine", MODEL.getFileName().toString(), "llama",
                "No runs yet");
    }

    @Test
    void aForeignHostIsRefusedOnTheModelsApiAndPage() {
        for (String path : List.of("/api/models", "/models")) {
            for (String host : List.of("evil.example", "evil.example:" + port, "localhost.evil.example",
                    "127.0.0.2:" + port)) {
                RawHttp.Response response = RawHttp.get(port, path, "Host: " + host);

                assertThat(response.status()).as("GET %s with Host %s", path, host).isEqualTo(403);
                assertThat(response.body()).as("GET %s with Host %s", path, host)
                        .contains("Dossier answers only to http://127.0.0.1")
                        .doesNotContain(MODEL.getFileName().toString());
            }
        }
        assertThat(RawHttp.get(port, "/api/models", "Host: localhost:" + port).status()).isEqualTo(200);
    }

    @Test
    void theModelsApiAndPageCarryTheSecurityHeadersAndAreNeverStored() {
        for (String path : List.of("/api/models", "/models")) {
            HttpHeaders headers = client().get(path).headers();

            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(CSP);
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(headers.firstValue("Cross-Origin-Resource-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Cache-Control")).as(path).hasValueSatisfying(value ->
                    assertThat(value).contains("no-store"));
        }
    }

    private DossierClient client() {
        if (client == null) {
            client = new DossierClient(port, WORK.resolve("data"));
        }
        return client;
    }

    private static Path tinyModel() {
        try {
            return TinyLlamaGguf.write(Files.createDirectories(WORK.resolve("models")).resolve("tiny-test.gguf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("dossier-models-http-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
