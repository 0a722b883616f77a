package org.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SMART tagged format of the classic test collections: a record starts with {@code .I <id>}, then fields
 * each open with a tag alone on its line ({@code .T}, {@code .W}, ...) and run until the next tag. Line endings
 * vary between files (LF in Cranfield's documents, CRLF elsewhere), so carriage returns are dropped.
 */
final class SmartRecords {

    private static final Pattern RECORD = Pattern.compile("^\\.I\\s+(\\S+)\\s*$");
    private static final Pattern FIELD = Pattern.compile("^\\.([A-Z])\\s*$");

    /** One record: its {@code .I} value as written, and its fields' text keyed by tag letter. */
    record SmartRecord(String id, Map<String, String> fields) {

        String field(String tag) {
            return fields.getOrDefault(tag, "");
        }
    }

    private SmartRecords() {
    }

    static List<SmartRecord> read(Path file) throws IOException {
        // ISO-8859-1: the files are ASCII but a stray byte must not abort a benchmark.
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<SmartRecord> records = new ArrayList<>();
        String id = null;
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String raw : lines) {
            String line = raw.replace("\r", "");
            Matcher record = RECORD.matcher(line);
            Matcher field = FIELD.matcher(line);
            if (record.matches()) {
                if (id != null) {
                    records.add(finish(id, fields));
                }
                id = record.group(1);
                fields = new LinkedHashMap<>();
                current = null;
            } else if (field.matches() && id != null) {
                current = fields.computeIfAbsent(field.group(1), tag -> new StringBuilder());
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (id != null) {
            records.add(finish(id, fields));
        }
        return records;
    }

    private static SmartRecord finish(String id, Map<String, StringBuilder> fields) {
        Map<String, String> text = new LinkedHashMap<>();
        fields.forEach((tag, value) -> text.put(tag, value.toString().strip()));
        return new SmartRecord(id, text);
    }
}
