package org.dossier.indexer.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.dossier.indexer.OfficeFiles;
import org.dossier.indexer.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-file text limit ends the parse where it is reached: the document is kept, cut, not failed, and a huge
 * file is not read to its end for text nobody keeps (a 1 GB CSV once ran into the parse timeout that way).
 */
class TextLimitTest {

    private static final int LIMIT = 50_000;

    private final TikaExtractor extractor = new TikaExtractor(LIMIT, Ocr.off());

    @TempDir
    Path dir;

    @Test
    void aBigCsvIsReadOnlyAsFarAsTheLimitAndIndexedInPart() throws IOException {
        Path csv = dir.resolve("ledger.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("id,vendor,amount,memo\n");
            for (int row = 0; row < 200_000; row++) { // about 14 MB, 280 times the limit
                out.write(row + ",Bluewater Holdings " + (row % 97) + "," + (row * 13 % 100_000) + ",consultancy fee\n");
            }
        }
        long size = Files.size(csv);

        Extraction extraction;
        long read;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "ledger.csv");
        try (CountingStream counted = new CountingStream(Files.newInputStream(csv));
             TikaInputStream input = TikaInputStream.get(counted)) {
            extraction = extractor.extractWhole(input, metadata);
            read = counted.count;
        }

        ExtractedPart part = ((Extraction.Extracted) extraction).container();
        assertThat(part.truncated()).isTrue();
        assertThat(part.error()).isNull();
        assertThat(part.text()).contains("Bluewater Holdings").hasSizeLessThanOrEqualTo(LIMIT);
        // Detection and the reader's buffers read ahead a little; the rest of the file is never read.
        assertThat(read).isLessThan(size / 10);
    }

    /** Every kind of parser hears the limit the same way: as the end of the text, never as its own failure. */
    @ParameterizedTest
    @ValueSource(strings = {"csv", "txt", "html", "pdf", "xlsx", "pptx", "zip", "mbox"})
    void reachingTheLimitCutsTheDocumentInEveryFormat(String format) throws IOException {
        Path file = bigFile(format);

        Extraction extraction = extractor.extract(file);

        assertThat(extraction).isInstanceOf(Extraction.Extracted.class);
        List<ExtractedPart> parts = ((Extraction.Extracted) extraction).parts();
        assertThat(parts).anySatisfy(part -> {
            assertThat(part.truncated()).isTrue();
            assertThat(part.text()).hasSizeLessThanOrEqualTo(LIMIT);
        });
        assertThat(parts).allSatisfy(part -> assertThat(part.error()).isNull());
        if (!format.equals("mbox")) { // each message of a mailbox has a limit of its own
            assertThat(parts.stream().mapToInt(part -> part.text().length()).sum()).isLessThanOrEqualTo(LIMIT);
        }
    }

    private Path bigFile(String format) throws IOException {
        List<String> lines = IntStream.range(0, 3_000)
                .mapToObj(i -> "Line " + i + " of the Bluewater Holdings consultancy ledger, invoice " + (i * 7)).toList();
        String text = String.join("\n", lines);
        Path file = dir.resolve("big." + format);
        return switch (format) {
            case "csv" -> Files.writeString(file, "n,memo\n" + String.join("\n",
                    lines.stream().map(line -> line.length() + "," + line.replace(',', ' ')).toList()));
            case "txt" -> Files.writeString(file, text);
            case "html" -> Files.writeString(file, "<html><body>" + String.join("",
                    lines.stream().map(line -> "<p>" + line + "</p>").toList()) + "</body></html>");
            case "pdf" -> TestFiles.pdf(file, IntStream.range(0, 100)
                    .mapToObj(page -> String.join(" ", lines.subList(page * 30, page * 30 + 30))).toList());
            case "xlsx" -> OfficeFiles.xlsx(file, Map.of("Ledger", lines));
            case "pptx" -> OfficeFiles.pptx(file, IntStream.range(0, 60)
                    .mapToObj(slide -> String.join(" ", lines.subList(slide * 50, slide * 50 + 50))).toList());
            case "zip" -> TestFiles.zip(file, Map.of("a.txt", text, "b.txt", text, "c.txt", text));
            case "mbox" -> Files.writeString(file, "From a@example.org Mon Mar  2 08:15:00 2026\n"
                    + "From: a@example.org\nSubject: ledger\nMessage-ID: <ledger@example.org>\n"
                    + "Date: Mon, 2 Mar 2026 08:15:00 +0000\n\n" + text + "\n");
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
