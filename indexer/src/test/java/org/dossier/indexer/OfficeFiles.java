package org.dossier.indexer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Presentations and spreadsheets written by the tests: PPTX and PPT through POI, one text box per slide (an empty
 * string leaves a slide without text); XLSX and XLS through POI, one sheet per map entry with one row per list
 * element, cells split on tabs; ODS as a hand-built zip, since POI has no OpenDocument writer.
 */
public final class OfficeFiles {

    private OfficeFiles() {
    }

    public static Path pptx(Path file, List<String> slides) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            for (String text : slides) {
                XSLFSlide slide = deck.createSlide();
                if (!text.isEmpty()) {
                    slide.createTextBox().setText(text);
                }
            }
            return write(file, deck::write);
        }
    }

    public static Path ppt(Path file, List<String> slides) throws IOException {
        try (HSLFSlideShow deck = new HSLFSlideShow()) {
            for (String text : slides) {
                HSLFSlide slide = deck.createSlide();
                if (!text.isEmpty()) {
                    slide.createTextBox().setText(text);
                }
            }
            return write(file, deck::write);
        }
    }

    /** Rows go where their index says, so a sheet may start at row 3 or skip rows. */
    public static Path xlsx(Path file, Map<String, List<String>> sheets) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            fill(workbook, sheets);
            return write(file, workbook::write);
        }
    }

    public static Path xls(Path file, Map<String, List<String>> sheets) throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            fill(workbook, sheets);
            return write(file, workbook::write);
        }
    }

    /** An OpenDocument spreadsheet: a zip whose first entry is its uncompressed media type. */
    public static Path ods(Path file, Map<String, List<String>> sheets) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        StringBuilder tables = new StringBuilder();
        sheets.forEach((name, rows) -> {
            tables.append("<table:table table:name=\"").append(escape(name)).append("\">");
            for (String row : rows) {
                tables.append("<table:table-row>");
                for (String cell : row.split("\t", -1)) {
                    tables.append("<table:table-cell office:value-type=\"string\"><text:p>").append(escape(cell))
                            .append("</text:p></table:table-cell>");
                }
                tables.append("</table:table-row>");
            }
            tables.append("</table:table>");
        });
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""");
        entries.put("content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>"""
                .formatted(tables));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mediaType = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mediaType.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mediaType);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mediaType);
            zip.closeEntry();
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void fill(Workbook workbook, Map<String, List<String>> sheets) {
        sheets.forEach((name, rows) -> {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r);
                String[] cells = rows.get(r).split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        });
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Path write(Path file, Writer writer) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        }
        return file;
    }
}
