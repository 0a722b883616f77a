package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.dossier.indexer.PassageSearch;
import org.dossier.indexer.SearchFilter;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Adding and removing a source from the Library page, as its forms post them. */
class SourcesPageTest extends SampleDocsServerTest {

    @Autowired
    private PassageSearch index;

    @Test
    void aFolderAddedOnTheLibraryPageIsIndexedAndCanBeRemovedAgain(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("kept.txt"), "A distinctive zeppelinword in a new source.");
        Files.writeString(folder.resolve("left-out.tmp"), "A second zeppelinword, excluded.");
        String source = folder.toRealPath().toString();

        HttpResponse<String> added = client().submitForm("/library", "/library/sources",
                Map.of("folder", source, "exclude", "*.tmp"));
        assertThat(added.statusCode()).isEqualTo(302);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (index.search("zeppelinword", null, SearchFilter.NONE, 5).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(index.search("zeppelinword", null, SearchFilter.NONE, 5)).hasSize(1);
        assertThat(get("/library").body()).contains(source);

        HttpResponse<String> removed = client().submitForm("/library", "/library/sources/remove",
                Map.of("folder", source));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(index.search("zeppelinword", null, SearchFilter.NONE, 5)).isEmpty();
        assertThat(get("/library").body()).doesNotContain("<span class=\"source-path\">" + source + "</span>");
        assertThat(folder.resolve("kept.txt")).exists();
    }

    @Test
    void aMissingFolderIsRefusedWithAMessage() {
        HttpResponse<String> response = client().submitForm("/library", "/library/sources",
                Map.of("folder", "/no/such/folder"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(get("/library").body()).contains("Folder not found: /no/such/folder");
        assertThat(index.search("zeppelinword", null, SearchFilter.NONE, 5)).isEmpty();
    }

    @Test
    void aFolderNameThatCannotBeAPathIsRefusedWithAMessageNotAServerError() {
        HttpResponse<String> added = client().submitForm("/library", "/library/sources", Map.of("folder", "\0x"));
        String afterAdd = get("/library").body();
        HttpResponse<String> removed = client().submitForm("/library", "/library/sources/remove",
                Map.of("folder", "\0x"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(afterAdd).contains("Folder not found: ?x");
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(get("/library").body()).contains("Not a source: ?x");
    }
}
