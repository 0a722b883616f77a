package org.dossier.indexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small real files that tests write for themselves: a paged PDF, a mailbox. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A PDF with one line of text per page. */
    public static Path pdf(Path file, List<String> pages) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A PNG of black words on white, large enough for OCR: what a phone photo of a page gives, minus the noise. */
    public static Path png(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1400, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 48));
        g.drawString(text, 40, 120);
        g.dispose();
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A PDF whose only page is an image of text: a scan, with no text layer. */
    public static Path scannedPdf(Path file, String text) throws IOException {
        Path png = png(file.resolveSibling(file.getFileName() + ".png"), text);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromFile(png.toString(), document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 20, 500, 570, 82);
            }
            document.save(file.toFile());
        }
        Files.delete(png);
        return file;
    }

    /** A zip holding files at the given paths, each with the given text. */
    public static Path zip(Path file, java.util.Map<String, String> entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * An mbox of two messages: the first from a sender whose name needs an RFC 2047 encoded-word, the second a
     * reply carrying a text attachment.
     */
    public static Path mbox(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String encodedName = "=?UTF-8?B?" + Base64.getEncoder().encodeToString(
                "Ayşe Yılmaz".getBytes(StandardCharsets.UTF_8)) + "?=";
        String attachment = Base64.getEncoder().encodeToString(
                "invoice,amount\n2231,480000\n".getBytes(StandardCharsets.UTF_8));
        String mbox = """
                From ayse@portveldin.example Mon Mar  2 09:15:00 2026
                From: %s <ayse@portveldin.example>
                To: Mirela Celik <mirela@portveldin.example>
                Subject: Invoice 2231 looks inflated
                Date: Mon, 2 Mar 2026 09:15:00 +0100
                Message-ID: <inv-2231@portveldin.example>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Invoice 2231 from the dredging contractor bills twice the agreed rate.

                From mirela@portveldin.example Tue Mar  3 10:00:00 2026
                From: Mirela Celik <mirela@portveldin.example>
                To: %s <ayse@portveldin.example>
                Subject: Re: Invoice 2231 looks inflated
                Date: Tue, 3 Mar 2026 10:00:00 +0100
                Message-ID: <re-inv-2231@portveldin.example>
                In-Reply-To: <inv-2231@portveldin.example>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                Thank you. I attach the ledger extract for the audit.

                --b1
                Content-Type: text/csv; name="ledger.csv"
                Content-Disposition: attachment; filename="ledger.csv"
                Content-Transfer-Encoding: base64

                %s
                --b1--

                """.formatted(encodedName, encodedName, attachment);
        return Files.writeString(file, mbox, StandardCharsets.UTF_8);
    }

    /**
     * An .eml from Mirela Celik, "Fwd: pilotage memo" (3 March 2026), with one text attachment: the same bytes as a
     * file of that content, for tests of one document at many places.
     */
    public static Path emailWithAttachment(Path file, String fileName, String content) throws IOException {
        Files.createDirectories(file.getParent());
        String attachment = Base64.getMimeEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));
        return Files.writeString(file, """
                From: Mirela Celik <mirela@portveldin.example>
                To: Desk <desk@paper.example>
                Subject: Fwd: pilotage memo
                Date: Tue, 3 Mar 2026 10:00:00 +0100
                Message-ID: <fwd-pilotage@portveldin.example>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                See the memo attached, as promised.

                --b1
                Content-Type: text/plain; charset=UTF-8; name="%s"
                Content-Disposition: attachment; filename="%s"
                Content-Transfer-Encoding: base64

                %s
                --b1--
                """.formatted(fileName, fileName, attachment), StandardCharsets.UTF_8);
    }
}
