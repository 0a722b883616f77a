package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.dossier.engine.DossierProperties;
import org.dossier.indexer.IndexingService;
import org.dossier.indexer.internal.space.DiskSpaceGuard;
import org.dossier.web.DossierClient;
import org.dossier.web.shell.DossierCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A disk that fills while a source added on the Library page is indexed: the Library page, {@code GET /api/status}
 * and the shell's {@code status} say it is paused and why; once space is back the run resumes by itself and every
 * file is accounted for. The free space is what the test says (the guard is the real one; a real size-capped disk is
 * DiskFullTest's). An application of its own, on a data directory of its own: the other web tests' shared
 * application holds theirs open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DiskFullPageTest.SmallDisk.class)
class DiskFullPageTest {

    private static final long MB = 1 << 20;
    private static final AtomicLong FREE = new AtomicLong(Long.MAX_VALUE);
    private static final int FILES = 30;
    private static final Path DATA_DIR = dataDirectory();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("dossier.data-dir", DATA_DIR::toString);
    }

    @TestConfiguration
    static class SmallDisk {
        @Bean
        @Primary
        DiskSpaceGuard smallDisk(DossierProperties dossier) {
            return new DiskSpaceGuard(List.of(dossier.dataDir()), 500 * MB, path -> FREE.get(), Duration.ofMillis(20));
        }
    }

    @Autowired
    private IndexingService indexing;
    @Autowired
    private DossierCommands commands;
    @Autowired
    private DossierProperties dossier;
    @LocalServerPort
    private int port;
    private DossierClient client;

    @AfterEach
    void spaceIsBack() {
        FREE.set(Long.MAX_VALUE);
        if (client != null) {
            client.close();
            client = null;
        }
    }

    @Test
    void aRunOnAFullDiskShowsAsPausedEverywhereAndResumesOnceSpaceIsFreed(@TempDir Path folder) throws Exception {
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve("memo-%02d.txt".formatted(i)), "Memo " + i + " on the quay cranes.");
        }
        FREE.set(120 * MB);
        client().submitForm("/library", "/library/sources", Map.of("folder", folder.toRealPath().toString()));
        waitUntil(() -> indexing.paused() != null);

        String why = indexing.paused();
        assertThat(why).startsWith("paused: 120 MB free on " + dossier.dataDir() + ", needs at least 500 MB — free some "
                + "space there and it resumes by itself");
        assertThat(get("/library").body()).contains("<p id=\"paused\" class=\"flash error\">Indexing is " + why);
        assertThat(get("/api/status").body()).contains("\"paused\":\"" + why + "\"");
        assertThat(commands.status(false, false)).contains("Indexing:       " + why);
        Thread.sleep(200);
        assertThat(indexing.lastProgress().done()).as("never done while paused").isFalse();

        FREE.set(Long.MAX_VALUE);

        // the application's own start-up run (over no sources) may be the run that paused first, the folder's after it
        waitUntil(() -> indexing.lastProgress() != null && indexing.lastProgress().done()
                && indexing.lastProgress().indexed() == FILES);
        assertThat(indexing.paused()).isNull();
        assertThat(indexing.lastProgress().indexed()).as("every file accounted for").isEqualTo(FILES);
        assertThat(get("/library").body()).doesNotContain("id=\"paused\"");
        indexing.removeSource(folder);
    }

    private DossierClient client() {
        if (client == null) {
            client = new DossierClient(port, DATA_DIR);
        }
        return client;
    }

    private HttpResponse<String> get(String pathAndQuery) {
        return client().get(pathAndQuery);
    }

    private static Path dataDirectory() {
        try {
            return Files.createTempDirectory("dossier-disk-full-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as("within 60 s").isTrue();
    }
}
