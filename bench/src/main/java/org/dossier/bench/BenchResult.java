package org.dossier.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark measured. Maps keep their insertion order: it is the order of the table's columns and of the
 * JSON keys, so results stay readable and diff cleanly from one run to the next.
 *
 * @param name       the benchmark's name
 * @param title      one line saying what was measured, printed above the table
 * @param parameters what the run depended on (corpus, copies, settings), to compare like with like
 * @param rows       one row per thing measured
 * @param summary    figures derived from the rows or about the run as a whole, printed below the table
 */
public record BenchResult(String name, String title, Map<String, Object> parameters, List<Row> rows,
                          Map<String, Object> summary) {

    public BenchResult {
        parameters = ordered(parameters);
        rows = List.copyOf(rows);
        summary = ordered(summary);
    }

    /** One line of the table: a label and its figures, keyed by column name. */
    public record Row(String label, Map<String, Number> cells) {

        public Row {
            cells = ordered(cells);
        }
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
