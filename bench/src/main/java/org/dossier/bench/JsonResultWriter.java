package org.dossier.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a result to {@code <dir>/<name>.json}, with when and where it was measured. Written by hand: the bench
 * classpath has no Jackson 3, and the few shapes here (maps, lists, strings, numbers) need no more than this.
 */
final class JsonResultWriter {

    /** Significant digits kept: more than run-to-run noise allows to trust, and committed results stay easy to diff. */
    private static final MathContext PRECISION = new MathContext(6);

    private JsonResultWriter() {
    }

    static Path write(BenchResult result, MachineFacts machine, Instant timestamp, Path dir) throws IOException {
        Map<String, Object> machineFacts = new LinkedHashMap<>();
        machineFacts.put("cores", machine.cores());
        machineFacts.put("maxHeapBytes", machine.maxHeapBytes());
        machineFacts.put("java", machine.java());
        machineFacts.put("os", machine.os());
        machineFacts.put("loadAverageAtStart", machine.loadAverage());

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", result.name());
        document.put("title", result.title());
        document.put("timestamp", timestamp.toString());
        document.put("machine", machineFacts);
        document.put("parameters", result.parameters());
        document.put("rows", result.rows().stream().map(JsonResultWriter::row).toList());
        document.put("summary", result.summary());

        StringBuilder json = new StringBuilder();
        value(json, document, "");
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(result.name() + ".json"), json.append('\n'));
    }

    private static Map<String, Object> row(BenchResult.Row row) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("label", row.label());
        object.putAll(row.cells());
        return object;
    }

    private static void value(StringBuilder out, Object value, String indent) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> object(out, map, indent);
            case List<?> list -> array(out, list, indent);
            case Boolean bool -> out.append(bool);
            case Double number -> out.append(decimal(number));
            case Float number -> out.append(decimal(number.doubleValue()));
            case Number number -> out.append(number);
            default -> string(out, value.toString());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, String indent) {
        String inner = indent + "  ";
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            out.append('\n').append(inner);
            string(out, String.valueOf(entry.getKey()));
            out.append(": ");
            value(out, entry.getValue(), inner);
            out.append(entries.hasNext() ? "," : "\n" + indent);
        }
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> list, String indent) {
        String inner = indent + "  ";
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append('\n').append(inner);
            value(out, list.get(i), inner);
            out.append(i < list.size() - 1 ? "," : "\n" + indent);
        }
        out.append(']');
    }

    /** NaN and infinities have no JSON form: null says "no figure". */
    private static String decimal(double number) {
        if (!Double.isFinite(number)) {
            return "null";
        }
        return BigDecimal.valueOf(number).round(PRECISION).stripTrailingZeros().toPlainString();
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
