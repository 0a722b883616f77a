package org.dossier.indexer.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.dossier.indexer.TestFiles;
import org.dossier.samples.RawMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaExtractorTest {

    private final TikaExtractor extractor = new TikaExtractor(1_000_000);

    @TempDir
    Path dir;

    @Test
    void aPdfKeepsItsPagesSoEveryOffsetMapsToAPage() throws Exception {
        Path pdf = TestFiles.pdf(dir.resolve("contract.pdf"),
                List.of("Scope of the dredging works.", "Payment schedule.", "Signed by Tomas Brenner."));

        var extracted = (Extraction.Extracted) extractor.extract(pdf);

        ExtractedPart part = extracted.container();
        assertThat(part.mediaType()).isEqualTo("application/pdf");
        assertThat(part.pageStarts()).hasSize(3);
        int signature = part.text().indexOf("Signed by Tomas Brenner");
        assertThat(signature).isPositive();
        assertThat(part.pageAt(signature)).isEqualTo(3);
        assertThat(part.pageAt(part.text().indexOf("Payment schedule"))).isEqualTo(2);
    }

    @Test
    void aMailboxIsReadMessageByMessageByItsFirstLineWhateverItsName() throws Exception {
        Path named = TestFiles.mbox(dir.resolve("inbox.mbox"));
        Path unnamed = Files.copy(named, dir.resolve("export-2026"));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "From the harbour office: invoice 2231.\n");

        assertThat(TikaExtractor.mayBeMailbox(named)).isTrue();
        assertThat(TikaExtractor.mayBeMailbox(unnamed)).isTrue();
        assertThat(extractor.extract(unnamed, parts -> { })).isInstanceOf(Extraction.Streamed.class);
        assertThat(TikaExtractor.mayBeMailbox(notes)).isTrue(); // "From " opens it: Tika's detection decides
        assertThat(extractor.extract(notes, parts -> { })).isInstanceOf(Extraction.Extracted.class);
        assertThat(TikaExtractor.mayBeMailbox(Files.writeString(dir.resolve("memo.txt"), "Invoice 2231."))).isFalse();
    }

    @Test
    void aMailboxGivesOneDocumentPerMessageWithDecodedHeadersAndAttachmentsUnderTheirMessage() throws Exception {
        Path mbox = TestFiles.mbox(dir.resolve("inbox.mbox"));

        var extracted = (Extraction.Extracted) extractor.extract(mbox);

        List<ExtractedPart> messages = extracted.parts().stream()
                .filter(p -> "message/rfc822".equals(p.mediaType())).toList();
        assertThat(messages).hasSize(2);
        ExtractedPart first = messages.getFirst();
        assertThat(first.title()).isEqualTo("Invoice 2231 looks inflated");
        assertThat(first.author()).contains("Ayşe Yılmaz");
        assertThat(first.sentAt()).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
        assertThat(first.mail().messageId()).isEqualTo("inv-2231@portveldin.example");
        assertThat(first.text()).contains("bills twice the agreed rate");
        ExtractedPart ledger = extracted.parts().stream().filter(p -> p.text().contains("2231,480000")).findFirst()
                .orElseThrow();
        assertThat(ledger.entry()).startsWith(messages.get(1).entry() + "/");
    }

    @Test
    void aMailBodyIsReadInTheCharsetItsMimeHeaderDeclaresNotInTheOneTikaGuesses() throws Exception {
        String turkish = "Çelik şirketine ağustos ayında fazladan ödeme yapılmış; Işıklı rıhtım, İstanbul.";
        Path latin5 = Files.write(dir.resolve("latin5.eml"), RawMail.crlf(RawMail.message()
                .header("From", "a@example.org").header("Subject", "8859-9")
                .body(RawMail.text("plain", Charset.forName("ISO-8859-9"), RawMail.TransferEncoding.EIGHT_BIT, turkish))));
        Path cp1254 = Files.write(dir.resolve("cp1254.eml"), RawMail.crlf(RawMail.message()
                .header("From", "a@example.org").header("Subject", "1254")
                .body(RawMail.multipart("alternative", "b",
                        RawMail.text("plain", Charset.forName("windows-1254"), RawMail.TransferEncoding.QUOTED_PRINTABLE,
                                turkish),
                        RawMail.text("html", Charset.forName("windows-1254"), RawMail.TransferEncoding.BASE64,
                                "<p>" + turkish + "</p>")))));
        Path utf8Attachment = Files.write(dir.resolve("attached.eml"), RawMail.crlf(RawMail.message()
                .header("From", "a@example.org").header("Subject", "attachment")
                .body(RawMail.multipart("mixed", "b",
                        RawMail.text("plain", Charset.forName("ISO-8859-9"), RawMail.TransferEncoding.EIGHT_BIT, turkish),
                        RawMail.attachment("notes.txt", "text/plain", turkish.getBytes(StandardCharsets.UTF_8))))));

        for (Path mail : List.of(latin5, cp1254, utf8Attachment)) {
            var extracted = (Extraction.Extracted) extractor.extract(mail);

            assertThat(extracted.container().text()).as(mail.getFileName().toString()).contains(turkish);
        }
        var attached = (Extraction.Extracted) extractor.extract(utf8Attachment);
        assertThat(attached.parts()).filteredOn(p -> p.entry().endsWith("notes.txt")).singleElement()
                .extracting(ExtractedPart::text).asString().contains(turkish);
    }

    @Test
    void aScanIsReadByOcrWhenTesseractIsInstalledAndSkippedWithWhatToInstallWhenNot() throws Exception {
        Path scan = TestFiles.scannedPdf(dir.resolve("scan.pdf"), "Harbour invoice inflated");
        Path photo = TestFiles.png(dir.resolve("photo.png"), "Harbour invoice inflated");
        Ocr ocr = Ocr.detect("eng", 120);
        assumeOcrInCi(ocr);

        for (Path file : List.of(scan, photo)) {
            Extraction withOcr = new TikaExtractor(1_000_000, ocr).extract(file);
            Extraction without = new TikaExtractor(1_000_000, Ocr.off()).extract(file);

            assertThat(without).as(file.getFileName().toString()).isEqualTo(new Extraction.Skipped(Ocr.NEEDS_OCR));
            if (ocr.available()) {
                assertThat(withOcr).isInstanceOf(Extraction.Extracted.class);
                String text = ((Extraction.Extracted) withOcr).parts().stream().map(ExtractedPart::text)
                        .reduce("", String::concat);
                assertThat(text).as(file.getFileName().toString()).containsIgnoringCase("invoice");
            }
        }
    }

    @Test
    void eachEntryOfAnArchiveIsItsOwnPartAddressedByItsPathInside() throws Exception {
        Path zip = TestFiles.zip(dir.resolve("leak.zip"), java.util.Map.of(
                "memos/q3.txt", "Quarterly memo about the dredging budget.",
                "notes/call.txt", "Call notes with the source."));

        var extracted = (Extraction.Extracted) extractor.extract(zip);

        assertThat(extracted.parts()).extracting(ExtractedPart::entry)
                .contains("", "/memos/q3.txt", "/notes/call.txt");
        assertThat(extracted.parts()).filteredOn(p -> p.entry().equals("/memos/q3.txt")).singleElement()
                .extracting(ExtractedPart::text).asString().contains("dredging budget");
    }

    /** In CI (DOSSIER_REQUIRE_OCR set by .ci/run) Tesseract must be there, so the OCR path really runs. */
    private static void assumeOcrInCi(Ocr ocr) {
        if (System.getenv("DOSSIER_REQUIRE_OCR") != null) {
            assertThat(ocr.available()).as("tesseract is installed (.ci/run installs tesseract-ocr)").isTrue();
        }
    }

    @Test
    void anEmptyFileIsSkippedAsEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        assertThat(extractor.extract(empty)).isEqualTo(new Extraction.Skipped("empty file (0 bytes) — nothing to index"));
    }

    @Test
    void randomBytesNamedPdfFailWithAReadableReason() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path fake = Files.write(dir.resolve("fake.pdf"), noise);

        Extraction outcome = extractor.extract(fake);

        assertThat(outcome).isInstanceOfAny(Extraction.Failed.class, Extraction.Skipped.class);
        String reason = outcome instanceof Extraction.Failed failed ? failed.reason() : ((Extraction.Skipped) outcome).reason();
        assertThat(reason).isNotBlank().doesNotContain("\n").doesNotContain("at org.");
    }

    @Test
    void extractionNeverWritesToTheSourceFile() throws Exception {
        Path pdf = TestFiles.pdf(dir.resolve("contract.pdf"), List.of("Read only."));
        byte[] before = Files.readAllBytes(pdf);
        var modified = Files.getLastModifiedTime(pdf);

        extractor.extract(pdf);

        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(modified);
    }
}
