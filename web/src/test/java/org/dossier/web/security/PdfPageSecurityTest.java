package org.dossier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexingService;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PDF bytes the viewer's page view fetches ({@code /documents/{id}/pdf}): served only for a document the catalog
 * recorded as a PDF file of its own, as a PDF that no browser shows or runs by itself (a download, not sniffed, in a
 * sandbox, same-origin only), only while the file is unchanged since indexing, and never to a foreign Host. The
 * PDF.js scripts come from the jar as JavaScript modules.
 */
class PdfPageSecurityTest extends SampleDocsServerTest {

    @Autowired
    private IndexingService indexing;
    @Autowired
    private JdbcClient jdbc;
    private Path planted;

    @BeforeAll
    void aFolderWithAPdfThatWillChangeAndAPage() throws Exception {
        planted = Files.createTempDirectory("dossier-pdf-planted");
        writePdf(planted.resolve("served.pdf"), "The wallabyword contract, page one.");
        writePdf(planted.resolve("changing.pdf"), "The wallabyword contract as it was indexed.");
        Files.writeString(planted.resolve("page.html"),
                "<html><body><p>The wallabyword page</p><script>alert('run')</script></body></html>");
        IndexReport report = indexing.index(planted);
        assertThat(report.files()).as(report.toString()).isEqualTo(3);
    }

    @AfterAll
    void removeThem() {
        indexing.removeSource(planted);
    }

    @Test
    void aPdfIsServedAsAPdfThatNoBrowserShowsOrRunsByItself() {
        long id = idOf("served.pdf");
        HttpResponse<String> pdf = get("/documents/" + id + "/pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pdf.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(value -> assertThat(value).contains("sandbox").contains("default-src 'none'"));
        assertThat(pdf.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
        assertThat(pdf.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(pdf.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void anythingButAPdfFileIsRefusedAndSaysWhereTheOriginalIs() {
        long page = idOf("page.html");
        HttpResponse<String> refused = get("/documents/" + page + "/pdf");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("not a PDF").doesNotContain("<script>alert('run')");
        assertThat(get("/documents/987654321/pdf").statusCode()).isEqualTo(404);
        assertThat(get("/documents/abc/pdf").statusCode()).isEqualTo(400);
        assertThat(get("/documents/" + page).body()).doesNotContain("id=\"page-view\"")
                .doesNotContain("pdf-page.mjs");
    }

    @Test
    void aForeignHostGetsNoPdfAndNoPdfJs() {
        long id = idOf("served.pdf");
        for (String path : List.of("/documents/" + id + "/pdf", "/js/pdf-page.mjs",
                "/webjars/pdfjs-dist/4.10.38/build/pdf.min.mjs")) {
            RawHttp.Response response = RawHttp.get(port, path, "Host: evil.example:" + port);

            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).contains("Dossier answers only to http://127.0.0.1")
                    .doesNotContain("%PDF");
        }
    }

    @Test
    void theViewerOfAPdfLoadsPdfJsFromTheJarAsModulesUnderThePagePolicy() {
        HttpResponse<String> viewer = get("/documents/" + idOf("served.pdf"));

        assertThat(viewer.body()).contains("id=\"page-view\"").contains("/js/pdf-page.mjs")
                .contains("data-pdfjs=\"/webjars/pdfjs-dist/4.10.38/build/pdf.min.mjs\"")
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(viewer.headers().firstValue("Content-Security-Policy")).hasValue(
                WebSecurityConfiguration.CONTENT_SECURITY_POLICY);
        for (String script : List.of("/js/pdf-page.mjs", "/webjars/pdfjs-dist/4.10.38/build/pdf.min.mjs",
                "/webjars/pdfjs-dist/4.10.38/build/pdf.worker.min.mjs")) {
            HttpResponse<String> module = get(script);

            assertThat(module.statusCode()).as(script).isEqualTo(200);
            assertThat(module.headers().firstValue("Content-Type")).as(script)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
            assertThat(module.headers().firstValue("X-Content-Type-Options")).as(script).hasValue("nosniff");
        }
    }

    @Test
    void aPdfChangedSinceIndexingIsRefusedWithTheReason() throws Exception {
        long id = idOf("changing.pdf");
        Path file = planted.resolve("changing.pdf");
        FileTime time = Files.getLastModifiedTime(file);
        assertThat(get("/documents/" + id + "/pdf").statusCode()).isEqualTo(200);

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, time);
        HttpResponse<String> refused = get("/documents/" + id + "/pdf");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("changed since it was indexed").doesNotContain("%PDF");
    }

    private static void writePdf(Path file, String text) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            pdf.save(file.toFile());
        }
    }

    /** The catalog's id of a planted file. */
    private long idOf(String fileName) {
        return jdbc.sql("SELECT d.id FROM document d JOIN source s ON d.source_id = s.id "
                        + "WHERE s.path LIKE ? AND d.path = ? AND d.entry = '' AND d.sync <> 'REMOVED'")
                .param("%" + planted.getFileName()).param(fileName).query(Long.class).single();
    }
}
