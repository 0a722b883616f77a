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
}
