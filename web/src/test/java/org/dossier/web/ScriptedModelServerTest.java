package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dossier.assistant.answer.PacedChatEngine;
import org.dossier.indexer.EmbeddingStage;
import org.dossier.indexer.IndexingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random loopback port with a chat model that writes a scripted reply word by word on
 * its own thread ({@link PacedChatEngine}) in place of a real one, over a small corpus written here and searched as
 * configured (keywords and the bundled embedding model's vectors). Parsing in-process, to start quickly. Subclasses
 * share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dossier.indexer.isolation=false")
@Import(PacedModelConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ScriptedModelServerTest {

    protected static final String QUESTION = "Who signed the dredging contract?";
    /** The model's reply: [9] points at no passage, so the check removes and reports it. */
    protected static final String REPLY = "Harbour Master Tomas Brenner signed it [1][9].";
    protected static final String CHECKED = "Harbour Master Tomas Brenner signed it [1].";

    /** A reply that quotes the message it answers, as mail clients do. */
    protected static final String FERRY_REPLY = """
            From: Port Office <office@port.example>
            To: Lena Hartmann <lena@courier.example>
            Subject: Re: Sunday ferries
            Date: Mon, 14 Oct 2024 09:00:00 +0000
            Message-ID: <ferry-reply@port.example>
            Content-Type: text/plain; charset=UTF-8

            The timetable changes in May; until then no boat sails on Sundays.

            On Fri, 11 Oct 2024 at 10:05, Lena Hartmann wrote:
            > Which ferries leave on Sundays, and from which quay?
            > I need it for Thursday's edition.

            Regards, the port office
            """;

    private static final Path DATA_DIR = temporaryFolder("dossier-web-model-test");
    private static final Path CORPUS = temporaryFolder("dossier-web-model-corpus");

    @Autowired
    protected PacedChatEngine model;
    @Autowired
    private IndexingService indexing;
    @Autowired
    private EmbeddingStage embedding;

    @LocalServerPort
    protected int port;

    private DossierClient client;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("dossier.data-dir", DATA_DIR::toString);
    }

    @BeforeAll
    void indexCorpus() throws IOException, InterruptedException {
        Files.writeString(CORPUS.resolve("contract.txt"),
                "The dredging contract was signed by Harbour Master Tomas Brenner on 12 March 2024.");
        Files.writeString(CORPUS.resolve("weather.txt"), "Rain fell on the harbour all week.");
        Files.writeString(CORPUS.resolve("ferry-reply.eml"), FERRY_REPLY);
        indexing.index(CORPUS);
        // hybrid search from the first question on: until its vector is in, a passage ranks below those both find
        assertThat(embedding.awaitIdle(Duration.ofSeconds(60))).as("the corpus's vectors are in").isTrue();
    }

    @AfterEach
    void resetModel() {
        model.release();
        model.reply(REPLY);
    }

    /** A client of this server, with its own session (cookies) for page forms. */
    protected DossierClient client() {
        if (client == null) {
            client = new DossierClient(port, DATA_DIR);
        }
        return client;
    }

    @AfterAll
    void closeDossierClient() {
        if (client != null) {
            client.close();
        }
    }

    protected String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    protected static String query(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Path temporaryFolder(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
