package org.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dossier.indexer.IndexingService;
import org.junit.jupiter.api.AfterAll;
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

    private DossierClient client;

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
        return client().get(pathAndQuery);
    }

    /** A change as the user's own script makes it: a form body, with the API token from the data directory. */
    protected HttpResponse<String> post(String path, Map<String, String> form) {
        return client().post(path, form);
    }

    /** A DELETE with the API token. */
    protected HttpResponse<String> delete(String path) {
        return client().delete(path);
    }

    /** A client of this server, with its own session (cookies) for page forms. */
    protected DossierClient client() {
        if (client == null) {
            client = new DossierClient(port, DATA_DIR);
        }
        return client;
    }

    @AfterAll
    void closeClient() {
        if (client != null) {
            client.close();
        }
    }

    protected static Path dataDir() {
        return DATA_DIR;
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
