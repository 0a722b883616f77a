package org.dossier.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latencies of {@code GET /api/search} (two words of the generated notes) and of the Library page, one request of
 * each per probe, 50 ms apart, one at a time: what a user clicking about meets.
 */
final class PageProbes {

    private final List<Double> search = new ArrayList<>();
    private final List<Double> library = new ArrayList<>();

    void probe(ServedDossier dossier) throws Exception {
        String query = LargeInputFiles.query(search.size()).replace(' ', '+');
        search.add(dossier.timedGet("/api/search?q=" + query));
        Thread.sleep(50);
        library.add(dossier.timedGet("/library"));
        Thread.sleep(50);
    }

    List<Double> search() {
        return search;
    }

    List<Double> library() {
        return library;
    }

    /** A row of the requests' count and p50/p95/max milliseconds. */
    static BenchResult.Row row(String label, List<Double> millis) {
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("requests", millis.size());
        cells.put("p50 ms", millis.isEmpty() ? Double.NaN : Metrics.percentile(millis, 0.50));
        cells.put("p95 ms", millis.isEmpty() ? Double.NaN : Metrics.percentile(millis, 0.95));
        cells.put("max ms", millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        return new BenchResult.Row(label, cells);
    }
}
