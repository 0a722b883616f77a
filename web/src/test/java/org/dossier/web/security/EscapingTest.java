package org.dossier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexingService;
import org.dossier.web.SampleDocsServerTest;
import org.dossier.web.status.Status;
import org.dossier.web.status.StatusService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leaked folder can hold files planted to attack whoever reads it: markup in a file's text and name, quotes that
 * would break out of an attribute. Wherever Dossier shows them — an answer's citations and snippets, the Library's
 * list of files it could not index, a conversation's title — they are text, escaped, never markup.
 */
class EscapingTest extends SampleDocsServerTest {

    private static final String NAME = "<img src=x onerror=alert(1)>\" onmouseover=\"alert(2)";
    private static final String TEXT = "The zanzibarword memo. <script>alert('x')</script> <b onclick=\"alert(3)\">bold</b> "
            + "\" onfocus=\"alert(4)\" & more.";

    @Autowired
    private IndexingService indexing;
    @Autowired
    private StatusService status;
    private Path planted;

    @BeforeAll
    void aFolderWithPlantedFiles() throws Exception {
        planted = Files.createTempDirectory("dossier-planted");
        Files.writeString(planted.resolve(NAME + ".txt"), TEXT);
        Files.writeString(planted.resolve("<svg onload=alert(5)>.pdf"), "%PDF-1.7 not really a PDF");
        IndexReport report = indexing.index(planted);
        assertThat(report.files()).as(report.toString()).isEqualTo(2);
        // until its vector is in, a new passage ranks below any passage both keyword and vector search find
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!allEmbedded() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private boolean allEmbedded() {
        Status now = status.status();
        return now.embedding() == null || now.embedding().pending() == 0;
    }

    @AfterAll
    void removeThem() {
        indexing.removeSource(planted);
    }

    @Test
    void aPlantedNameAndTextAreShownAsTextInTheAnswer() {
        String page = client().submitForm("/", "/ask", Map.of("q", "zanzibarword <script>alert(6)</script>")).body();
        assertThat(get("/api/search?q=zanzibarword").body()).as("the planted file is indexed").contains("zanzibarword");

        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;script&gt;alert(")
                .contains("zanzibarword");
        assertNoMarkupFromTheFiles(page);
        assertThat(page).doesNotContain("<script>alert(6)");
    }

    @Test
    void aFileThatFailedIsListedByItsEscapedName() {
        String library = get("/library").body();

        assertThat(library).contains("&lt;svg onload=alert(5)&gt;.pdf");
        assertNoMarkupFromTheFiles(library);
        assertThat(library).doesNotContain("<svg onload=alert(5)");
    }

    @Test
    void aQuestionWithMarkupIsEscapedInTheConversationsList() {
        client().submitForm("/", "/ask", Map.of("q", "<svg onload=alert(7)> zanzibarword"));

        String list = get("/conversations").body();

        assertThat(list).contains("&lt;svg onload=alert(7)&gt;").doesNotContain("<svg onload");
    }

    private static void assertNoMarkupFromTheFiles(String html) {
        for (String raw : List.of("<img src=x", "<script>alert", "<b onclick", "onmouseover=\"alert", "onfocus=\"alert")) {
            assertThat(html).as("raw %s", raw).doesNotContain(raw);
        }
    }
}
