package org.dossier.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the binary document formats of the sample corpus: PDF (PDFBox), DOCX and XLSX (POI)
 * and ODT (a hand-built zip). The story texts come from {@link SampleStory} in a tiny markup:
 * {@code # } and {@code ## } start headings, {@code |} starts a table row, and blank lines
 * separate paragraphs (line breaks inside a paragraph are just spaces).
 */
final class OfficeWriter {

    /** A document to write: its metadata and its text, one markup string per page. */
    record Doc(String title, String author, OffsetDateTime date, List<String> pages) {
    }

    /** A workbook: metadata plus sheets whose rows are lines with {@code ;}-separated cells. */
    record Workbook(String title, String author, OffsetDateTime date, List<Sheet> sheets) {
    }

    record Sheet(String name, String rows) {
    }

    private sealed interface Block permits Heading, Paragraph, Table {
    }

    private record Heading(int level, String text) implements Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private record Table(List<List<String>> rows) implements Block {
    }

    // Every zip entry gets this timestamp so that DOCX, XLSX and ODT files are byte-for-byte
    // reproducible: POI and ZipOutputStream would otherwise stamp the current time.
    private static final LocalDateTime ZIP_ENTRY_TIME = LocalDateTime.of(2024, 10, 20, 12, 0);

    private OfficeWriter() {
    }

    // ---------------------------------------------------------------- markup

    private static List<Block> parse(String markup) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (String line : markup.strip().lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("|")) {
                flushParagraph(paragraph, blocks);
            }
            if (!line.startsWith("|")) {
                flushTable(table, blocks);
            }
            if (line.startsWith("## ")) {
                blocks.add(new Heading(2, line.substring(3)));
            } else if (line.startsWith("# ")) {
                blocks.add(new Heading(1, line.substring(2)));
            } else if (line.startsWith("|")) {
                table.add(splitRow(line));
            } else if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        flushParagraph(paragraph, blocks);
        flushTable(table, blocks);
        return blocks;
    }

    private static List<String> splitRow(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return List.of(inner.split("\\|")).stream().map(String::strip).toList();
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(String.join(" ", lines)));
            lines.clear();
        }
    }

    private static void flushTable(List<List<String>> rows, List<Block> blocks) {
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.copyOf(rows)));
            rows.clear();
        }
    }

    // ---------------------------------------------------------------- PDF

    private static final float MARGIN = 64;
    private static final float BODY_SIZE = 10.5f;
    private static final float HEADING_1_SIZE = 15;
    private static final float HEADING_2_SIZE = 12.5f;
    private static final float LEADING = 14.5f;

    /**
     * One markup string becomes exactly one PDF page: the README points at page numbers, so a
     * page that overflows is an error rather than something to reflow silently. The standard
     * Helvetica font only covers WinAnsi, which is why the PDF texts are plain ASCII.
     */
    static void writePdf(Path file, Doc doc) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int i = 0; i < doc.pages().size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    float width = page.getMediaBox().getWidth() - 2 * MARGIN;
                    for (Block block : parse(doc.pages().get(i))) {
                        y = switch (block) {
                            case Heading h -> {
                                float size = h.level() == 1 ? HEADING_1_SIZE : HEADING_2_SIZE;
                                yield drawLines(out, bold, size, wrap(h.text(), bold, size, width), y - 4) - 4;
                            }
                            case Paragraph p -> drawLines(out, regular, BODY_SIZE,
                                    wrap(p.text(), regular, BODY_SIZE, width), y) - 5;
                            // Tables only need to be readable text in the PDF: one line per row.
                            case Table t -> drawLines(out, regular, BODY_SIZE,
                                    t.rows().stream().map(row -> String.join("  |  ", row)).toList(), y) - 5;
                        };
                        if (y < MARGIN + 20) {
                            throw new IllegalStateException(file + ": page " + (i + 1) + " overflows");
                        }
                    }
                    String footer = doc.title() + " - page " + (i + 1) + " of " + doc.pages().size();
                    drawLines(out, regular, 8, List.of(footer), MARGIN - 20);
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(doc.title());
            info.setAuthor(doc.author());
            info.setCreator("Dossier sample generator");
            info.setProducer("Apache PDFBox");
            info.setCreationDate(calendar(doc.date()));
            info.setModificationDate(calendar(doc.date()));
            // Without a fixed /ID PDFBox derives one from the current time.
            COSArray id = new COSArray();
            COSString idPart = new COSString(sha256(doc.title()));
            id.add(idPart);
            id.add(idPart);
            pdf.getDocument().getTrailer().setItem(COSName.ID, id);
            Files.createDirectories(file.getParent());
            pdf.save(file.toFile());
        }
    }

    private static float drawLines(PDPageContentStream out, PDType1Font font, float size,
                                   List<String> lines, float y) throws IOException {
        for (String line : lines) {
            y -= size * LEADING / BODY_SIZE;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(line);
            out.endText();
        }
        return y;
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static Calendar calendar(OffsetDateTime date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(date.getOffset()));
        calendar.setTimeInMillis(date.toInstant().toEpochMilli());
        return calendar;
    }

    // ---------------------------------------------------------------- DOCX

    /** Pages become Word page breaks; headings use real "heading 1/2" styles so Tika emits h1/h2. */
    static void writeDocx(Path file, Doc doc) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            addHeadingStyles(docx);
            for (int i = 0; i < doc.pages().size(); i++) {
                for (Block block : parse(doc.pages().get(i))) {
                    switch (block) {
                        case Heading h -> {
                            XWPFParagraph p = docx.createParagraph();
                            p.setStyle("Heading" + h.level());
                            p.createRun().setText(h.text());
                        }
                        case Paragraph p -> docx.createParagraph().createRun().setText(p.text());
                        case Table t -> addTable(docx, t);
                    }
                }
                if (i < doc.pages().size() - 1) {
                    docx.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            setCoreProperties(docx.getProperties(), doc.title(), doc.author(), doc.date());
            writeZip(file, docx::write);
        }
    }

    private static void addHeadingStyles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            style.addNewRPr().addNewB();
            style.getRPr().addNewSz().setVal(BigInteger.valueOf(level == 1 ? 32 : 26));
            styles.addStyle(new XWPFStyle(style));
        }
    }

    private static void addTable(XWPFDocument docx, Table t) {
        XWPFTable table = docx.createTable(t.rows().size(), t.rows().getFirst().size());
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.rows().get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(t.rows().get(r).get(c));
            }
        }
    }

    // ---------------------------------------------------------------- XLSX

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * Cells that look like numbers or ISO dates become real numeric/date cells, and cells starting
     * with '=' become formulas whose results are computed and cached, because Tika reports the
     * cached value of a formula cell rather than evaluating it.
     */
    static void writeXlsx(Path file, Workbook book) throws IOException {
        try (XSSFWorkbook xlsx = new XSSFWorkbook()) {
            CellStyle amount = xlsx.createCellStyle();
            amount.setDataFormat(xlsx.createDataFormat().getFormat("#,##0.00"));
            CellStyle whole = xlsx.createCellStyle();
            whole.setDataFormat(xlsx.createDataFormat().getFormat("#,##0"));
            CellStyle date = xlsx.createCellStyle();
            date.setDataFormat(xlsx.createDataFormat().getFormat("yyyy-mm-dd"));
            for (Sheet spec : book.sheets()) {
                XSSFSheet sheet = xlsx.createSheet(spec.name());
                List<String> lines = spec.rows().strip().lines().toList();
                String[] header = lines.getFirst().split(";", -1);
                int[] widths = new int[32];
                for (int r = 0; r < lines.size(); r++) {
                    XSSFRow row = sheet.createRow(r);
                    String[] cells = lines.get(r).split(";", -1);
                    if (cells.length != header.length) {
                        throw new IllegalArgumentException(spec.name() + " row " + r + ": expected "
                                + header.length + " cells");
                    }
                    for (int c = 0; c < cells.length; c++) {
                        String value = cells[c].strip();
                        widths[c] = Math.max(widths[c], value.length());
                        if (value.isEmpty()) {
                            continue;
                        }
                        XSSFCell cell = row.createCell(c);
                        // Volumes in cubic metres are whole numbers; everything else is money.
                        boolean volume = header[c].contains("(m3)") || cells[0].contains("(m3)");
                        if (value.startsWith("=")) {
                            cell.setCellFormula(value.substring(1));
                            cell.setCellStyle(volume ? whole : amount);
                        } else if (r > 0 && ISO_DATE.matcher(value).matches()) {
                            cell.setCellValue(LocalDate.parse(value));
                            cell.setCellStyle(date);
                        } else if (r > 0 && NUMBER.matcher(value).matches()) {
                            cell.setCellValue(Double.parseDouble(value));
                            cell.setCellStyle(volume || !value.contains(".") ? whole : amount);
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                }
                // Fixed widths instead of autoSizeColumn(), which depends on the fonts installed.
                for (int c = 0; c < widths.length && widths[c] > 0; c++) {
                    sheet.setColumnWidth(c, Math.min(60, widths[c] + 3) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            xlsx.getCreationHelper().createFormulaEvaluator().evaluateAll();
            setCoreProperties(xlsx.getProperties(), book.title(), book.author(), book.date());
            writeZip(file, xlsx::write);
        }
    }

    private static void setCoreProperties(POIXMLProperties properties, String title, String author,
                                          OffsetDateTime date) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.setLastModifiedByUser(author);
        core.setCreated(Optional.of(Date.from(date.toInstant())));
        core.setModified(Optional.of(Date.from(date.toInstant())));
        properties.getExtendedProperties().setApplication("Dossier sample generator");
    }

    // ---------------------------------------------------------------- ODT

    private static final String ODF_NAMESPACES = String.join(" ",
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"",
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"",
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"",
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"",
            "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"",
            "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"",
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
            "office:version=\"1.3\"");

    /**
     * An OpenDocument text file is a zip whose first entry must be an uncompressed "mimetype" (so
     * tools can sniff the type at a fixed offset), plus a manifest listing the other parts.
     */
    static void writeOdt(Path file, Doc doc) throws IOException {
        writeZip(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                storedEntry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
                deflatedEntry(zip, "META-INF/manifest.xml", odtManifest());
                deflatedEntry(zip, "meta.xml", odtMeta(doc));
                deflatedEntry(zip, "styles.xml", odtStyles());
                deflatedEntry(zip, "content.xml", odtContent(doc));
            }
        });
    }

    private static String odtManifest() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" \
                manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
    }

    private static String odtMeta(Doc doc) {
        String date = doc.date().toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta %s>
                 <office:meta>
                  <meta:generator>Dossier sample generator</meta:generator>
                  <dc:title>%s</dc:title>
                  <meta:initial-creator>%s</meta:initial-creator>
                  <dc:creator>%s</dc:creator>
                  <meta:creation-date>%s</meta:creation-date>
                  <dc:date>%s</dc:date>
                  <dc:language>en-GB</dc:language>
                 </office:meta>
                </office:document-meta>
                """.formatted(ODF_NAMESPACES, xml(doc.title()), xml(doc.author()), xml(doc.author()),
                date, date);
    }

    private static String odtStyles() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles %s>
                 <office:styles>
                  <style:style style:name="Standard" style:family="paragraph"/>
                  <style:style style:name="Text_20_body" style:display-name="Text body" \
                style:family="paragraph" style:parent-style-name="Standard">
                   <style:paragraph-properties fo:margin-bottom="0.25cm"/>
                  </style:style>
                  <style:style style:name="Heading_20_1" style:display-name="Heading 1" \
                style:family="paragraph" style:default-outline-level="1">
                   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
                  </style:style>
                  <style:style style:name="Heading_20_2" style:display-name="Heading 2" \
                style:family="paragraph" style:default-outline-level="2">
                   <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
                  </style:style>
                 </office:styles>
                </office:document-styles>
                """.formatted(ODF_NAMESPACES);
    }

    private static String odtContent(Doc doc) {
        StringBuilder body = new StringBuilder();
        for (String page : doc.pages()) {
            for (Block block : parse(page)) {
                switch (block) {
                    case Heading h -> body.append("   <text:h text:style-name=\"Heading_20_%d\" "
                            .formatted(h.level()))
                            .append("text:outline-level=\"%d\">%s</text:h>\n".formatted(h.level(), xml(h.text())));
                    case Paragraph p -> body.append("   <text:p text:style-name=\"Text_20_body\">")
                            .append(xml(p.text())).append("</text:p>\n");
                    case Table t -> body.append(odtTable(t));
                }
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content %s>
                 <office:body>
                  <office:text>
                %s  </office:text>
                 </office:body>
                </office:document-content>
                """.formatted(ODF_NAMESPACES, body);
    }

    private static String odtTable(Table t) {
        StringBuilder out = new StringBuilder("   <table:table>\n    <table:table-column table:number-columns-repeated=\"")
                .append(t.rows().getFirst().size()).append("\"/>\n");
        for (List<String> row : t.rows()) {
            out.append("    <table:table-row>");
            for (String cell : row) {
                out.append("<table:table-cell office:value-type=\"string\"><text:p>")
                        .append(xml(cell)).append("</text:p></table:table-cell>");
            }
            out.append("</table:table-row>\n");
        }
        return out.append("   </table:table>\n").toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---------------------------------------------------------------- zip plumbing

    private interface ZipBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a zip-based file, then re-packs it with fixed entry times for reproducible bytes. */
    private static void writeZip(Path file, ZipBody body) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        body.writeTo(raw);
        ByteArrayOutputStream fixed = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(fixed)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getMethod() == ZipEntry.STORED) {
                    storedEntry(out, entry.getName(), data);
                } else {
                    deflatedEntry(out, entry.getName(), data);
                }
            }
        }
        Files.createDirectories(file.getParent());
        Files.write(file, fixed.toByteArray());
    }

    private static void storedEntry(ZipOutputStream zip, String name, String text) throws IOException {
        storedEntry(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void storedEntry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(ZIP_ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private static void deflatedEntry(ZipOutputStream zip, String name, String text) throws IOException {
        deflatedEntry(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void deflatedEntry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTimeLocal(ZIP_ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    /** The first 16 bytes of the SHA-256 of a text: a stable stand-in for a PDF file ID. */
    private static byte[] sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
