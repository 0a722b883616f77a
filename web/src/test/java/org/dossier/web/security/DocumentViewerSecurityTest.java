package org.dossier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.imageio.ImageIO;

import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexingService;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The source viewer reads files of the sources, which may be hostile: an original that a browser could run (HTML,
 * SVG, XML) is only ever downloaded, never shown; only a raster image is shown inline, and then in a sandbox; a file
 * that changed since it was indexed is refused with the reason; names and text are escaped on the viewer and the
 * search page; a CSV cell cannot become a spreadsheet formula; an unknown document is a 404, a malformed id a 400.
 */
class DocumentViewerSecurityTest extends SampleDocsServerTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Autowired
    private IndexingService indexing;
    @Autowired
    private JdbcClient jdbc;
    private Path planted;

    @BeforeAll
    void aFolderOfFilesABrowserCouldRun() throws Exception {
        planted = Files.createTempDirectory("dossier-viewer-planted");
        Files.writeString(planted.resolve("page.html"),
                "<html><body><p>The quokkaword page</p><script>alert('run')</script></body></html>");
        Files.writeString(planted.resolve("drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "onload=\"alert(1)\"><text>quokkaword drawing</text></svg>");
        Files.writeString(planted.resolve("data.xml"), "<?xml version=\"1.0\"?><note>quokkaword xml</note>");
        Files.writeString(planted.resolve(MARKUP + ".txt"),
                "The quokkaword memo <script>alert(2)</script> and =HYPERLINK(\"http://evil.example\").");
        Files.writeString(planted.resolve("=cmd.txt"), "A quokkaword file whose name is a formula.");
        Files.writeString(planted.resolve("changing.txt"), "The quokkaword text as it was indexed.");
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", planted.resolve("scan.png").toFile());
        IndexReport report = indexing.index(planted);
        assertThat(report.files()).as(report.toString()).isEqualTo(7);
    }

    @AfterAll
    void removeThem() {
        indexing.removeSource(planted);
    }

    @Test
    void originalsABrowserCouldRunAreDownloadsOfUnknownType() {
        for (String name : List.of("page.html", "drawing.svg", "data.xml", MARKUP + ".txt")) {
            HttpResponse<String> original = get("/documents/" + idOf(name) + "/original");

            assertThat(original.statusCode()).as(name).isEqualTo(200);
            assertThat(original.headers().firstValue("Content-Type")).as(name).hasValue("application/octet-stream");
            assertThat(original.headers().firstValue("Content-Disposition")).as(name)
                    .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
            assertThat(original.headers().firstValue("X-Content-Type-Options")).as(name).hasValue("nosniff");
            assertThat(original.headers().firstValue("Content-Security-Policy")).as(name)
                    .hasValueSatisfying(value -> assertThat(value).contains("sandbox").contains("default-src 'none'"));
        }
        assertThat(get("/documents/" + idOf("page.html") + "/original").body()).contains("<script>alert('run')");
    }

    @Test
    void aRasterImageIsShownInlineBesideItsText() {
        long id = idOf("scan.png");
        HttpResponse<String> original = get("/documents/" + id + "/original");

        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(original.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("inline;"));
        assertThat(get("/documents/" + id).body()).contains("id=\"original-image\"");
        assertThat(get("/documents/" + idOf("drawing.svg")).body()).doesNotContain("id=\"original-image\"");
    }

    @Test
    void aFileChangedSinceIndexingIsRefusedWithTheReasonEvenWithItsOldSizeAndTime() throws Exception {
        long id = idOf("changing.txt");
        Path file = planted.resolve("changing.txt");
        FileTime time = Files.getLastModifiedTime(file);
        assertThat(get("/documents/" + id + "/original").statusCode()).isEqualTo(200);

        Files.writeString(file, "The quokkaword text AS IT IS NOW, changed.".substring(0, (int) Files.size(file)));
        Files.setLastModifiedTime(file, time);
        HttpResponse<String> refused = get("/documents/" + id + "/original");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("changed since it was indexed").doesNotContain("AS IT IS NOW");
    }

    @Test
    void namesAndTextFromTheFilesAreEscapedOnTheViewerAndTheSearchPage() {
        String viewer = get("/documents/" + idOf(MARKUP + ".txt")).body();
        String results = get("/search?q=quokkaword").body();

        for (String page : List.of(viewer, results)) {
            assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(MARKUP)
                    .doesNotContain("<script>alert(2)");
        }
        assertThat(viewer).contains("&lt;script&gt;alert(2)&lt;/script&gt;");
    }

    @Test
    void aCsvCellNeverStartsAsAFormula() {
        String csv = get("/search.csv?q=quokkaword").body();

        assertThat(csv).contains("\"'=cmd.txt\"").doesNotContain("\"=cmd.txt\"");
    }

    @Test
    void anUnknownDocumentIsA404AndAMalformedIdA400() {
        for (String path : List.of("/documents/987654321", "/documents/987654321/original", "/documents/-1")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("No document");
        }
        for (String path : List.of("/documents/abc", "/documents/1e3/original", "/documents/99999999999999999999")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(400);
        }
    }

    @Test
    void theOriginalIsFoundByIdOnlyNeverByAPathInTheAddress() {
        for (String path : List.of("/documents/original?path=/etc/passwd", "/documents/..%2F..%2Fetc%2Fpasswd",
                "/documents/1/original?path=/etc/passwd")) {
            HttpResponse<String> response = get(path);
            assertThat(response.body()).as(path).doesNotContain("root:x:0:0");
        }
    }

    /** The catalog's id of a planted file (a blank image has no text to search for). */
    private long idOf(String fileName) {
        return jdbc.sql("SELECT d.id FROM document d JOIN source s ON d.source_id = s.id "
                        + "WHERE s.path LIKE ? AND d.path = ? AND d.entry = '' AND d.sync <> 'REMOVED'")
                .param("%" + planted.getFileName()).param(fileName).query(Long.class).single();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
