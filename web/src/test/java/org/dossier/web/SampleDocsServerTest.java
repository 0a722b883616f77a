package org.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.indexer.ingest.IndexingService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random loopback port, with the project's sample-docs indexed into a fresh data
 * directory. Subclasses share one application context (same configuration), so the corpus is indexed once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SampleDocsServerTest {

    private static final Path DATA_DIR = createDataDir();

    @Autowired
    private IndexingService indexing;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("dossier.data-dir", DATA_DIR::toString);
    }

    /** Indexing is incremental: after the first class, this finds every file unchanged and does nothing. */
    @BeforeAll
    void indexSampleDocs() {
        indexing.index(sampleDocs());
    }

    protected static Path sampleDocs() {
        return Path.of(System.getProperty("dossier.sample-docs", "../sample-docs"));
    }

    protected String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    protected HttpResponse<String> get(String pathAndQuery) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String query(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("dossier-web-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
