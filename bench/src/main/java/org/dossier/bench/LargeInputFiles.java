package org.dossier.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The generated inputs of {@code large-inputs}: seeded, written on the fly, in words a leak's documents use. */
final class LargeInputFiles {

    static final String[] WORDS = ("harbour dredging invoice contract payment council minister tender "
            + "supplier audit transfer account shipment warehouse director subsidy permit inspection budget "
            + "overrun consultant meeting offshore company register lawyer witness deadline memo ledger").split(" ");
    private static final long SEED = 20_261_207L;
    /** Sentences in a message body: about 4 KB a message, a plain mail with some quoted history. */
    static final int MESSAGE_SENTENCES = 40;
    static final int PDF_LINES_PER_PAGE = 40;

    private LargeInputFiles() {
    }

    /** A ledger export: a header, then rows of id, date, supplier, amount and a memo of a few words. */
    static void writeCsv(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,date,supplier,amount,memo\n");
            long written = 0;
            LocalDate start = LocalDate.of(2019, 1, 1);
            for (long row = 1; written < bytes; row++) {
                String line = row + "," + start.plusDays(random.nextInt(2000)) + ",Supplier " + random.nextInt(5000)
                        + "," + random.nextInt(1_000_000) + "." + random.nextInt(10, 100) + "," + words(random, 8)
                        + "\n";
                out.write(line);
                written += line.length();
            }
        }
    }

    /** An mbox of plain messages, each with its From_ line, headers and a body of sentences; returns the count. */
    static long writeMbox(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        long n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            while (written < bytes) {
                n++;
                StringBuilder message = new StringBuilder(MESSAGE_SENTENCES * 110 + 300);
                String from = "person" + random.nextInt(400) + "@example.org";
                message.append("From ").append(from).append(" Mon Mar 11 09:00:00 2024\n")
                        .append("From: ").append(from).append('\n')
                        .append("To: person").append(random.nextInt(400)).append("@example.org\n")
                        .append("Subject: ").append(words(random, 5)).append('\n')
                        .append("Date: Mon, 11 Mar 2024 09:00:00 +0000\n")
                        .append("Message-ID: <").append(n).append("@bench.example.org>\n\n");
                for (int sentence = 0; sentence < MESSAGE_SENTENCES; sentence++) {
                    message.append(sentence(random)).append('\n');
                }
                message.append('\n');
                out.write(message.toString());
                written += message.length();
            }
        }
        return n;
    }

    /** A PDF of {@code pages} pages of text, {@link #PDF_LINES_PER_PAGE} lines each, in a standard font. */
    static void writePdf(Path file, int pages) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(17);
                    content.newLineAtOffset(40, 750);
                    content.showText("Page " + (p + 1) + " of the ledger.");
                    for (int line = 1; line < PDF_LINES_PER_PAGE; line++) {
                        content.newLine();
                        content.showText(sentence(random));
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
    }

    /** Notes of a few sentences, 1,000 to a folder ({@code 0000/}, {@code 0001/}, …). */
    static void writeManyFiles(Path root, int count) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int n = 0; n < count; n++) {
            Path folder = root.resolve(String.format(Locale.ROOT, "%04d", n / 1000));
            if (n % 1000 == 0) {
                Files.createDirectories(folder);
            }
            Files.writeString(folder.resolve("note-" + n + ".txt"), "Note " + n + ". " + words(random, 30) + ".\n");
        }
    }

    /** Two of the words, for a search. */
    static String query(int n) {
        return WORDS[n % WORDS.length] + " " + WORDS[(n * 7 + 3) % WORDS.length];
    }

    private static String sentence(SplittableRandom random) {
        String words = words(random, 12);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".";
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder(count * 9);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
