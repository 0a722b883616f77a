package org.dossier.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Formats a result as an aligned plain-text table, for a terminal or a build log. */
final class TableWriter {

    private static final String GAP = "  ";

    private TableWriter() {
    }

    /** The title, the rows under a header, then the summary as {@code key: value} lines. */
    static String format(BenchResult result) {
        StringBuilder out = new StringBuilder(result.title()).append('\n');
        appendTable(out, result.rows());
        if (!result.summary().isEmpty()) {
            out.append('\n');
            appendSummary(out, result.summary());
        }
        return out.toString();
    }

    private static void appendTable(StringBuilder out, List<BenchResult.Row> rows) {
        // Columns in order of first appearance; a row may leave a column blank.
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.cells().keySet()));

        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(columns);
        lines.add(header);
        for (BenchResult.Row row : rows) {
            List<String> line = new ArrayList<>(List.of(row.label()));
            columns.forEach(column -> line.add(row.cells().containsKey(column) ? number(row.cells().get(column)) : ""));
            lines.add(line);
        }

        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            appendLine(out, lines.get(i), widths);
            if (i == 0) {
                appendRule(out, widths);
            }
        }
    }

    private static void appendSummary(StringBuilder out, Map<String, Object> summary) {
        int keyWidth = summary.keySet().stream().mapToInt(String::length).max().orElse(0);
        summary.forEach((key, value) -> out.append(pad(key + ":", keyWidth + 1, false)).append(' ')
                .append(text(value))
                .append('\n'));
    }

    /** The label column is left-aligned, figures right-aligned so their digits line up. */
    private static void appendLine(StringBuilder out, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : GAP).append(pad(cells.get(i), widths[i], i > 0));
        }
        out.append('\n');
    }

    private static void appendRule(StringBuilder out, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            out.append(i == 0 ? "" : GAP).append("-".repeat(widths[i]));
        }
        out.append('\n');
    }

    private static String pad(String text, int width, boolean right) {
        String fill = " ".repeat(width - text.length());
        return right ? fill + text : text + fill;
    }

    private static String text(Object value) {
        return switch (value) {
            case Number number -> number(number);
            case List<?> list -> list.stream().map(TableWriter::text).collect(Collectors.joining(", ", "[", "]"));
            default -> String.valueOf(value);
        };
    }

    /** Whole numbers as they are; fractions to three decimals, so that a run of a few milliseconds still shows. */
    private static String number(Number value) {
        return value instanceof Double || value instanceof Float
                ? String.format(Locale.ROOT, "%.3f", value.doubleValue())
                : value.toString();
    }
}
