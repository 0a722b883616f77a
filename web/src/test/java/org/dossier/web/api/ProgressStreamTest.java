package org.dossier.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.dossier.indexer.IndexingService;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The live progress the Library page shows: server-sent events while a folder is indexed. */
class ProgressStreamTest extends SampleDocsServerTest {

    @Autowired
    private IndexingService indexing;

    @Test
    void anIndexingRunIsStreamedAsProgressEventsEndingDone(@TempDir Path folder) throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"), "Progress note " + i);
        }
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create(url("/api/progress"))).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));

        CompletableFuture<String> doneEvent = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:") && line.contains("\"done\":true") && line.contains(folder.toRealPath().toString())) {
                        return line;
                    }
                }
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        indexing.index(folder);

        String event = doneEvent.get(20, TimeUnit.SECONDS);
        response.body().close();
        client.close();
        assertThat(event).contains("\"files\":3").contains("\"checked\":3");
        indexing.removeSource(folder);
    }
}
