package org.dossier.samples;

import static org.dossier.samples.RawMail.TransferEncoding.BASE64;
import static org.dossier.samples.RawMail.TransferEncoding.EIGHT_BIT;
import static org.dossier.samples.RawMail.TransferEncoding.QUOTED_PRINTABLE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a mailbox set as a journalist receives one: an mbox of {@value #MBOX_MESSAGES} messages, a few .eml files
 * and an Outlook .msg. Among the routine mail are the cases a mail reader gets wrong: encoded-word headers in UTF-8
 * and ISO-8859-9, quoted-printable and base64 bodies, an HTML-only message, Turkish bodies in ISO-8859-9 and
 * windows-1254, a reply thread, attachments (CSV, PDF, DOCX), a body line starting with "From " and one malformed
 * message. The constants are what a reader should find; everything is deterministic.
 */
public final class MailboxSetWriter {

    public static final Charset ISO_8859_9 = Charset.forName("ISO-8859-9");
    public static final Charset WINDOWS_1254 = Charset.forName("windows-1254");

    public static final String MBOX = "mail/inbox.mbox";
    public static final String REPLY_EML = "mail/reply-from-zeynep.eml";
    public static final String NOTICE_EML = "mail/belediye-notice.eml";
    public static final String SCAN_EML = "mail/scan-request.eml";
    public static final String MSG = "mail/board-minutes.msg";

    /** Messages in the mbox, the malformed one included. */
    public static final int MBOX_MESSAGES = 53;
    public static final int ROUTINE_MESSAGES = 42;

    public static final String AYSE = "Ayşe Yılmaz";
    public static final String AYSE_EMAIL = "ayse@liman.example";
    public static final String MEHMET = "Mehmet Çelik";
    public static final String MEHMET_EMAIL = "mehmet.celik@liman.example";
    public static final String ZEYNEP = "Zeynep Güneş";
    public static final String ZEYNEP_EMAIL = "zeynep@gazete.example";
    public static final String SUKRU = "Şükrü Öztürk";
    public static final String SUKRU_EMAIL = "sukru@belediye.example";
    public static final String TOMAS = "Brenner, Tomas";
    public static final String TOMAS_EMAIL = "tomas@dredgeco.example";
    public static final String DESK = "News Desk";
    public static final String DESK_EMAIL = "desk@gazete.example";

    /** The thread: a question, a reply, and a reply to the reply carrying the ledger. */
    public static final String THREAD_START_ID = "invoice-2231.1@liman.example";
    public static final String THREAD_REPLY_ID = "invoice-2231.2@liman.example";
    public static final String THREAD_LEDGER_ID = "invoice-2231.3@liman.example";
    public static final String THREAD_SUBJECT = "Dredging invoice 2231: Çelik's figures";
    public static final OffsetDateTime THREAD_START_DATE = OffsetDateTime.of(2026, 3, 2, 9, 15, 0, 0, ZoneOffset.ofHours(3));
    public static final String LEDGER_CSV = "ledger.csv";
    public static final String LEDGER_ROW = "2231,dredging,480000";

    public static final String HTML_ID = "tonnage-html@liman.example";
    public static final String HTML_SUBJECT = "Tonnage report (HTML only)";

    public static final String LATIN5_ID = "legacy-8859-9@belediye.example";
    public static final String LATIN5_SUBJECT = "Şükrü'nün ödeme notu";
    public static final String LATIN5_BODY = "Ödeme belgelerini inceledim: Çelik şirketine ağustos ayında fazladan "
            + "ödeme yapılmış. Işıklı rıhtımdaki iş için Şükrü Öztürk imza atmış.";

    public static final String CP1254_ID = "legacy-1254@belediye.example";
    public static final String CP1254_SUBJECT = "İhale dosyası";
    public static final String CP1254_BODY = "İhale dosyasındaki şartname değiştirilmiş; güncel sürüm ekte. "
            + "Ğ ve ı harfleri doğru görünmeli: dağıtım, ışık, İstanbul.";
    public static final String SURVEY_PDF = "survey-2026-02.pdf";
    public static final String SURVEY_PDF_TEXT = "Hydrographic survey February: 212000 cubic metres dredged.";

    public static final String DOCX_ID = "tender-docx@dredgeco.example";
    public static final String TENDER_DOCX = "tender-terms.docx";
    public static final String TENDER_DOCX_TEXT = "Tender terms: payment within thirty days of survey approval.";

    public static final String QP_ID = "qp-utf8@gazete.example";
    public static final String QP_BODY = "Toplantı perşembe günü: Çelik ve Öztürk gelecek, gündem ödeme takvimi.";
    public static final String BASE64_ID = THREAD_REPLY_ID;
    public static final String BASE64_BODY = "Faturayı gördüm. Ağustos ödemesi için onay Şükrü'den geldi.";

    public static final String MALFORMED_ID = "broken@nowhere.example";
    public static final String FROM_LINE_ID = "from-line@gazete.example";
    public static final String FROM_LINE_BODY_LINE = "From the harbour office we heard nothing back.";

    public static final String REPLY_EML_ID = "zeynep-reply@gazete.example";
    public static final String NOTICE_EML_ID = "notice@belediye.example";
    public static final String NOTICE_BODY = "Belediye meclisi, rıhtım ihalesini çarşamba günü görüşecek. "
            + "Gündem: ödeme, şartname, güvence.";
    public static final String SCAN_EML_ID = "scan-request@gazete.example";

    public static final String MSG_ID = "board-minutes@belediye.example";
    public static final String MSG_SUBJECT = "Board minutes: dredging tender";
    public static final String MSG_BODY = "Kurul tutanağı ekte. Öztürk ihaleye itiraz etti; Çelik yanıt vermedi.";
    public static final String MSG_ATTACHMENT = "tender-votes.csv";
    public static final String MSG_ATTACHMENT_TEXT = "member,vote\nÖztürk,against\nYılmaz,abstain\n";
    public static final OffsetDateTime MSG_DATE = OffsetDateTime.of(2026, 3, 9, 16, 30, 0, 0, ZoneOffset.UTC);

    private MailboxSetWriter() {
    }

    /** Writes the set below {@code folder}. */
    public static void write(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("mail"));
        writeMbox(folder.resolve(MBOX));
        Files.write(folder.resolve(REPLY_EML), RawMail.crlf(replyEml()));
        Files.write(folder.resolve(NOTICE_EML), RawMail.crlf(noticeEml()));
        Files.write(folder.resolve(SCAN_EML), RawMail.crlf(scanEml()));
        OutlookMsgWriter.write(folder.resolve(MSG), boardMinutes());
    }

    private static void writeMbox(Path file) throws IOException {
        List<byte[]> messages = new ArrayList<>();
        List<OffsetDateTime> dates = new ArrayList<>();
        OffsetDateTime day = OffsetDateTime.of(2026, 1, 5, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 1; i <= ROUTINE_MESSAGES; i++) {
            OffsetDateTime date = day.plusDays(i);
            messages.add(routine(i, date));
            dates.add(date);
            // the special messages sit between routine ones, as they would in a real inbox
            switch (i) {
                case 5 -> add(messages, dates, threadStart(), THREAD_START_DATE);
                case 9 -> add(messages, dates, threadReply(), THREAD_START_DATE.plusHours(2));
                case 14 -> add(messages, dates, threadLedger(), THREAD_START_DATE.plusDays(1));
                case 18 -> add(messages, dates, htmlOnly(), date.plusHours(1));
                case 21 -> add(messages, dates, malformed(), date.plusHours(1));
                case 23 -> add(messages, dates, latin5(), date.plusHours(1));
                case 27 -> add(messages, dates, cp1254WithPdf(), date.plusHours(1));
                case 30 -> add(messages, dates, docxAttachment(), date.plusHours(1));
                case 33 -> add(messages, dates, quotedPrintable(), date.plusHours(1));
                case 36 -> add(messages, dates, fromLine(), date.plusHours(1));
                case 39 -> add(messages, dates, crowded(), date.plusHours(1));
                default -> {
                }
            }
        }
        if (messages.size() != MBOX_MESSAGES) {
            throw new IllegalStateException("mbox has " + messages.size() + " messages, expected " + MBOX_MESSAGES);
        }
        Files.write(file, RawMail.mbox(messages, dates));
    }

    private static void add(List<byte[]> messages, List<OffsetDateTime> dates, byte[] message, OffsetDateTime date) {
        messages.add(message);
        dates.add(date);
    }

    public static String routineId(int number) {
        return "log-" + number + "@liman.example";
    }

    /** Harbour log mail: each with its own word ("logentry7") so a search can find exactly one. */
    private static byte[] routine(int number, OffsetDateTime date) {
        String[][] senders = {{AYSE, AYSE_EMAIL}, {MEHMET, MEHMET_EMAIL}, {DESK, DESK_EMAIL}};
        String[] from = senders[number % senders.length];
        RawMail mail = RawMail.message()
                .header("From", RawMail.address(from[0], from[1]))
                .header("To", RawMail.address(ZEYNEP, ZEYNEP_EMAIL))
                .header("Subject", "Harbour log " + number)
                .date(date)
                .header("Message-ID", RawMail.ids(routineId(number)));
        if (number % 4 == 0) {
            mail.header("Cc", RawMail.address(DESK, DESK_EMAIL));
        }
        return mail.body(RawMail.text("plain", StandardCharsets.UTF_8, EIGHT_BIT,
                "Harbour log entry logentry" + number + ": " + (number * 7) + " ships moved, berth " + (number % 9)
                        + " busy. Nothing unusual."));
    }

    public static byte[] threadStart() {
        return RawMail.message()
                .header("From", RawMail.address(AYSE, AYSE_EMAIL))
                .header("To", RawMail.headerText(MEHMET, StandardCharsets.UTF_8, 'Q') + " <" + MEHMET_EMAIL + ">")
                .header("Cc", RawMail.address(ZEYNEP, ZEYNEP_EMAIL))
                .header("Subject", RawMail.headerText(THREAD_SUBJECT, StandardCharsets.UTF_8, 'Q'))
                .date(THREAD_START_DATE)
                .header("Message-ID", RawMail.ids(THREAD_START_ID))
                .body(RawMail.text("plain", StandardCharsets.UTF_8, QUOTED_PRINTABLE,
                        "Invoice 2231 from the dredging contractor bills twice the agreed rate.\n"
                                + "Çelik şirketinin faturası iki katı; lütfen kontrol et."));
    }

    private static byte[] threadReply() {
        return RawMail.message()
                .header("From", RawMail.address(MEHMET, MEHMET_EMAIL))
                .header("To", RawMail.address(AYSE, AYSE_EMAIL))
                .header("Subject", RawMail.headerText("Re: " + THREAD_SUBJECT, StandardCharsets.UTF_8, 'B'))
                .date(THREAD_START_DATE.plusHours(2))
                .header("Message-ID", RawMail.ids(THREAD_REPLY_ID))
                .header("In-Reply-To", RawMail.ids(THREAD_START_ID))
                .header("References", RawMail.ids(THREAD_START_ID))
                .body(RawMail.text("plain", StandardCharsets.UTF_8, BASE64, BASE64_BODY + "\n\n> "
                        + "Invoice 2231 from the dredging contractor bills twice the agreed rate."));
    }

    private static byte[] threadLedger() {
        return RawMail.message()
                .header("From", RawMail.address(AYSE, AYSE_EMAIL))
                .header("To", RawMail.address(MEHMET, MEHMET_EMAIL))
                .header("Cc", RawMail.addresses(ZEYNEP, ZEYNEP_EMAIL, DESK, DESK_EMAIL))
                .header("Subject", RawMail.headerText("Re: Re: " + THREAD_SUBJECT, StandardCharsets.UTF_8, 'Q'))
                .date(THREAD_START_DATE.plusDays(1))
                .header("Message-ID", RawMail.ids(THREAD_LEDGER_ID))
                .header("In-Reply-To", RawMail.ids(THREAD_REPLY_ID))
                .header("References", RawMail.ids(THREAD_START_ID, THREAD_REPLY_ID))
                .body(RawMail.multipart("mixed", "ledger-boundary",
                        RawMail.text("plain", StandardCharsets.UTF_8, QUOTED_PRINTABLE,
                                "Ledger extract attached for the audit."),
                        RawMail.attachment(LEDGER_CSV, "text/csv",
                                ("invoice,item,amount\n" + LEDGER_ROW + "\n2232,survey,35000\n")
                                        .getBytes(StandardCharsets.UTF_8))));
    }

    private static byte[] htmlOnly() {
        return RawMail.message()
                .header("From", RawMail.address(DESK, DESK_EMAIL))
                .header("To", RawMail.address(AYSE, AYSE_EMAIL))
                .header("Subject", HTML_SUBJECT)
                .date(THREAD_START_DATE.plusDays(3))
                .header("Message-ID", RawMail.ids(HTML_ID))
                .body(RawMail.text("html", StandardCharsets.UTF_8, QUOTED_PRINTABLE, """
                        <html><head><style>p { color: red; }</style></head><body>
                        <h1>Tonnage report</h1>
                        <p>Total dredged in <b>February</b>: 212&nbsp;000 m&sup3; &amp; rising.</p>
                        <table><tr><td>Berth</td><td>Tonnes</td></tr><tr><td>4</td><td>9120</td></tr></table>
                        </body></html>"""));
    }

    /** Headers that do not parse, a multipart without its boundary and base64 that is not base64. */
    private static byte[] malformed() {
        String text = """
                From: <<<not an address
                To:
                Subject: =?UTF-8?B?!!!notbase64?=
                Date: yesterday-ish, around noon
                Message-ID: <%s>
                Content-Type: multipart/mixed
                Content-Transfer-Encoding: base64
                this line is not a header
                \u0000\u0001

                --missing-boundary
                Content-Type: text/plain
                Content-Transfer-Encoding: base64

                %%%% not base64 at all %%%%
                """.formatted(MALFORMED_ID);
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] latin5() {
        return RawMail.message()
                .header("From", RawMail.headerText(SUKRU, ISO_8859_9, 'Q') + " <" + SUKRU_EMAIL + ">")
                .header("To", RawMail.address(AYSE, AYSE_EMAIL))
                .header("Subject", RawMail.headerText(LATIN5_SUBJECT, ISO_8859_9, 'Q'))
                .date(THREAD_START_DATE.plusDays(4))
                .header("Message-ID", RawMail.ids(LATIN5_ID))
                .body(RawMail.text("plain", ISO_8859_9, EIGHT_BIT, LATIN5_BODY));
    }

    private static byte[] cp1254WithPdf() {
        return RawMail.message()
                .header("From", RawMail.headerText(SUKRU, WINDOWS_1254, 'B') + " <" + SUKRU_EMAIL + ">")
                .header("To", RawMail.address(ZEYNEP, ZEYNEP_EMAIL))
                .header("Subject", RawMail.headerText(CP1254_SUBJECT, WINDOWS_1254, 'Q'))
                .date(THREAD_START_DATE.plusDays(5))
                .header("Message-ID", RawMail.ids(CP1254_ID))
                .body(RawMail.multipart("mixed", "cp1254-boundary",
                        RawMail.text("plain", WINDOWS_1254, QUOTED_PRINTABLE, CP1254_BODY),
                        RawMail.attachment(SURVEY_PDF, "application/pdf", pdf(SURVEY_PDF_TEXT))));
    }

    private static byte[] docxAttachment() {
        return RawMail.message()
                .header("From", RawMail.address(TOMAS, TOMAS_EMAIL))
                .header("To", RawMail.address(MEHMET, MEHMET_EMAIL))
                .header("Subject", "Tender terms")
                .date(THREAD_START_DATE.plusDays(6))
                .header("Message-ID", RawMail.ids(DOCX_ID))
                .body(RawMail.multipart("mixed", "docx-boundary",
                        RawMail.text("plain", StandardCharsets.UTF_8, EIGHT_BIT, "Terms attached, as agreed."),
                        RawMail.attachment(TENDER_DOCX,
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                docx(TENDER_DOCX_TEXT))));
    }

    private static byte[] quotedPrintable() {
        return RawMail.message()
                .header("From", RawMail.address(ZEYNEP, ZEYNEP_EMAIL))
                .header("To", RawMail.address(AYSE, AYSE_EMAIL))
                .header("Subject", RawMail.headerText("Perşembe toplantısı", StandardCharsets.UTF_8, 'Q'))
                .date(THREAD_START_DATE.plusDays(7))
                .header("Message-ID", RawMail.ids(QP_ID))
                .body(RawMail.text("plain", StandardCharsets.UTF_8, QUOTED_PRINTABLE, QP_BODY));
    }

    private static byte[] fromLine() {
        return RawMail.message()
                .header("From", RawMail.address(DESK, DESK_EMAIL))
                .header("To", RawMail.address(ZEYNEP, ZEYNEP_EMAIL))
                .header("Subject", "Harbour office silence")
                .date(THREAD_START_DATE.plusDays(8))
                .header("Message-ID", RawMail.ids(FROM_LINE_ID))
                .body(RawMail.text("plain", StandardCharsets.UTF_8, EIGHT_BIT,
                        "We asked again on Monday.\n" + FROM_LINE_BODY_LINE + "\nWill try the port authority."));
    }

    /** Many recipients, one display name with a comma in it. */
    private static byte[] crowded() {
        return RawMail.message()
                .header("From", RawMail.address(ZEYNEP, ZEYNEP_EMAIL))
                .header("To", "\"" + TOMAS + "\" <" + TOMAS_EMAIL + ">, " + RawMail.address(SUKRU, SUKRU_EMAIL))
                .header("Cc", RawMail.addresses(AYSE, AYSE_EMAIL, MEHMET, MEHMET_EMAIL))
                .header("Subject", "Questions for the contractor")
                .date(THREAD_START_DATE.plusDays(9))
                .header("Message-ID", RawMail.ids("crowded@gazete.example"))
                .body(RawMail.text("plain", StandardCharsets.UTF_8, EIGHT_BIT,
                        "We would like your comment on invoice 2231 before Friday."));
    }

    private static byte[] replyEml() {
        return RawMail.message()
                .header("From", RawMail.address(ZEYNEP, ZEYNEP_EMAIL))
                .header("To", RawMail.address(AYSE, AYSE_EMAIL))
                .header("Cc", RawMail.address(MEHMET, MEHMET_EMAIL))
                .header("Subject", RawMail.headerText("Re: Re: Re: " + THREAD_SUBJECT, StandardCharsets.UTF_8, 'B'))
                .date(THREAD_START_DATE.plusDays(2))
                .header("Message-ID", RawMail.ids(REPLY_EML_ID))
                .header("In-Reply-To", RawMail.ids(THREAD_LEDGER_ID))
                .header("References", RawMail.ids(THREAD_START_ID, THREAD_REPLY_ID, THREAD_LEDGER_ID))
                .body(RawMail.multipart("alternative", "alt-boundary",
                        RawMail.text("plain", StandardCharsets.UTF_8, QUOTED_PRINTABLE,
                                "Thanks, the ledger matches what the auditor told me."),
                        RawMail.text("html", StandardCharsets.UTF_8, QUOTED_PRINTABLE,
                                "<p>Thanks, the <i>ledger</i> matches what the auditor told me.</p>")));
    }

    private static byte[] noticeEml() {
        return RawMail.message()
                .header("From", RawMail.headerText(SUKRU, ISO_8859_9, 'B') + " <" + SUKRU_EMAIL + ">")
                .header("To", RawMail.address(DESK, DESK_EMAIL))
                .header("Subject", RawMail.headerText("Meclis gündemi: rıhtım ihalesi", WINDOWS_1254, 'Q'))
                .date(THREAD_START_DATE.plusDays(10))
                .header("Message-ID", RawMail.ids(NOTICE_EML_ID))
                .body(RawMail.text("plain", WINDOWS_1254, BASE64, NOTICE_BODY));
    }

    private static byte[] scanEml() {
        return RawMail.message()
                .header("From", RawMail.address(DESK, DESK_EMAIL))
                .header("To", RawMail.address(ZEYNEP, ZEYNEP_EMAIL))
                .header("Subject", "Survey scan")
                .date(THREAD_START_DATE.plusDays(11))
                .header("Message-ID", RawMail.ids(SCAN_EML_ID))
                .body(RawMail.multipart("mixed", "scan-boundary",
                        RawMail.text("plain", StandardCharsets.UTF_8, EIGHT_BIT, "The survey, as a PDF."),
                        RawMail.attachment("survey-copy.pdf", "application/pdf", pdf(SURVEY_PDF_TEXT))));
    }

    private static OutlookMsgWriter.Message boardMinutes() {
        return new OutlookMsgWriter.Message(
                MSG_SUBJECT,
                new OutlookMsgWriter.Recipient(SUKRU, SUKRU_EMAIL),
                List.of(new OutlookMsgWriter.Recipient(AYSE, AYSE_EMAIL)),
                List.of(new OutlookMsgWriter.Recipient(ZEYNEP, ZEYNEP_EMAIL)),
                MSG_DATE.toInstant(),
                MSG_ID,
                THREAD_START_ID,
                List.of(THREAD_START_ID),
                MSG_BODY,
                MSG_ATTACHMENT,
                MSG_ATTACHMENT_TEXT.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] pdf(String line) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] docx(String paragraph) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(paragraph);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
