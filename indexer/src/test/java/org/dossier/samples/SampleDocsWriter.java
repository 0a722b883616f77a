package org.dossier.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the demo corpus {@code sample-docs/}: an invented story about a harbour dredging contract
 * in the fictional port city of Port Veldin, told across the formats Dossier has to read (PDF,
 * DOCX, ODT, XLSX, CSV, HTML, Markdown, plain text, an mbox and .eml files).
 *
 * <p>The texts live in {@link SampleStory}; {@link OfficeWriter} and {@link MailboxWriter} turn
 * them into files. Output is deterministic (fixed dates and IDs, no randomness), so re-running
 * the generator gives the same bytes and a clean diff. The hand-written {@code README.md} in the
 * output directory, with the questions the corpus answers, is left untouched.
 *
 * <p>Usage: {@code java org.dossier.samples.SampleDocsWriter sample-docs}
 */
public final class SampleDocsWriter {

    private SampleDocsWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleDocsWriter <output-directory>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        writeAll(dir);
        System.out.println("sample corpus written to " + dir.toAbsolutePath());
    }

    /** Writes every file of the corpus below {@code dir}, replacing files of the same name. */
    public static void writeAll(Path dir) throws IOException {
        writeContracts(dir.resolve("contracts"));
        writeFinance(dir.resolve("finance"));
        writeMinutesAndAudit(dir.resolve("minutes"), dir.resolve("audit"));
        writeMail(dir.resolve("mail"));
        writeNotes(dir.resolve("notes"));
        writePress(dir.resolve("press"));
    }

    // The signed contract (the README's page-3 question), how it was awarded, and the award notice.
    private static void writeContracts(Path dir) throws IOException {
        OfficeWriter.writePdf(dir.resolve("dredging-contract-PV-HD-2024-007.pdf"), SampleStory.CONTRACT);
        OfficeWriter.writeDocx(dir.resolve("tender-evaluation-report-PV-HD-2024-007.docx"),
                SampleStory.TENDER_EVALUATION);
        writeText(dir.resolve("award-notice-PV-HD-2024-007.txt"), SampleStory.AWARD_NOTICE);
    }

    // The money trail: invoices and payments, and the surveyor's volumes they should match.
    private static void writeFinance(Path dir) throws IOException {
        OfficeWriter.writeXlsx(dir.resolve("invoice-register-2024.xlsx"), SampleStory.INVOICE_REGISTER);
        writeText(dir.resolve("hydrosurvey-volumes-2024.csv"), SampleStory.SURVEY_VOLUMES_CSV);
        OfficeWriter.writePdf(dir.resolve("hydrosurvey-report-HN-2024-06.pdf"), SampleStory.SURVEY_REPORT_JUNE);
    }

    // The two board meetings (one ODT, one DOCX, on purpose) and the auditor's memo.
    private static void writeMinutesAndAudit(Path minutes, Path audit) throws IOException {
        OfficeWriter.writeOdt(minutes.resolve("harbour-board-2024-02-27.odt"), SampleStory.BOARD_MINUTES_FEBRUARY);
        OfficeWriter.writeDocx(minutes.resolve("harbour-board-2024-09-24.docx"), SampleStory.BOARD_MINUTES_SEPTEMBER);
        OfficeWriter.writeOdt(audit.resolve("audit-memo-CA-2024-19.odt"), SampleStory.AUDIT_MEMO);
    }

    // The leaked finance mailbox plus two messages the journalist received herself.
    private static void writeMail(Path dir) throws IOException {
        MailboxWriter.writeMbox(dir.resolve("harbour-finance.mbox"), SampleStory.FINANCE_MAILBOX);
        MailboxWriter.writeEml(dir.resolve("2024-10-01-tip-from-source.eml"), SampleStory.TIP, null);
        MailboxWriter.writeEml(dir.resolve("2024-10-14-kmd-press-office-reply.eml"), SampleStory.KMD_REPLY,
                SampleStory.KMD_REPLY_HTML);
    }

    // The journalist's own working files.
    private static void writeNotes(Path dir) throws IOException {
        writeText(dir.resolve("bluewater-registry-notes.md"), SampleStory.REGISTRY_NOTES_MD);
        writeText(dir.resolve("call-notes-2024-10-03.txt"), SampleStory.CALL_NOTES_TXT);
        writeText(dir.resolve("timeline.md"), SampleStory.TIMELINE_MD);
        writeText(dir.resolve("people-and-companies.md"), SampleStory.PEOPLE_MD);
        writeText(dir.resolve("open-questions.txt"), SampleStory.OPEN_QUESTIONS_TXT);
    }

    // Public texts: the announcement, two newspaper articles, a web page and the mayor's statement.
    private static void writePress(Path dir) throws IOException {
        writeText(dir.resolve("2024-03-13-harbour-authority-press-release.txt"), SampleStory.PRESS_RELEASE_TXT);
        writeText(dir.resolve("2024-03-14-veldin-courier-dredging-contract.html"), SampleStory.COURIER_MARCH_HTML);
        writeText(dir.resolve("2024-10-15-veldin-courier-harbour-payments.html"), SampleStory.COURIER_OCTOBER_HTML);
        writeText(dir.resolve("harbour-authority-dredging-programme.html"), SampleStory.PROJECT_PAGE_HTML);
        writeText(dir.resolve("2024-10-17-mayor-statement.txt"), SampleStory.MAYOR_STATEMENT_TXT);
    }

    /** Text files are UTF-8 with LF line ends (the text blocks' own). */
    private static void writeText(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
