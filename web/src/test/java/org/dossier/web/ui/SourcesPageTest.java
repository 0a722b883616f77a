package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dossier.indexer.index.PassageIndex;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Adding and removing a source from the Library page, as its forms post them. */
class SourcesPageTest extends SampleDocsServerTest {

    @Autowired
    private PassageIndex index;

    @Test
    void aFolderAddedOnTheLibraryPageIsIndexedAndCanBeRemovedAgain(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("kept.txt"), "A distinctive zeppelinword in a new source.");
        Files.writeString(folder.resolve("left-out.tmp"), "A second zeppelinword, excluded.");
        String source = folder.toRealPath().toString();

        HttpResponse<String> added = post("/library/sources", "folder=" + query(source) + "&exclude=" + query("*.tmp"));
        assertThat(added.statusCode()).isEqualTo(302);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (index.search("zeppelinword", 5).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(index.search("zeppelinword", 5)).hasSize(1);
        assertThat(get("/library").body()).contains(source);

        HttpResponse<String> removed = post("/library/sources/remove", "folder=" + query(source));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(index.search("zeppelinword", 5)).isEmpty();
        assertThat(get("/library").body()).doesNotContain("<span class=\"source-path\">" + source + "</span>");
        assertThat(folder.resolve("kept.txt")).exists();
    }

    @Test
    void aMissingFolderIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> response = post("/library/sources", "folder=" + query("/no/such/folder"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(index.search("zeppelinword", 5)).isEmpty();
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
