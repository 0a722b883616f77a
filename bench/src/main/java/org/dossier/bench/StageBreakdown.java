package org.dossier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.internal.ingest.StageTimes;

/**
 * Where an indexing run's time went ({@link StageTimes}), as table rows: each stage's median over the measured
 * rounds, beside the run's wall time. Hashing and extraction run on the parse threads, two files at once, so their
 * sums can exceed the wall time; the recording thread's stages (waiting for a parse, chunking, H2, Lucene) add up
 * to about the wall time, and its wait says whether parsing or recording bounds the run.
 */
final class StageBreakdown {

    private static final Map<StageTimes.Stage, String> LABELS = Map.of(
            StageTimes.Stage.HASH, "SHA-256 (parse threads)",
            StageTimes.Stage.EXTRACT, "extract in worker JVM (parse threads, call to answer)",
            StageTimes.Stage.WAIT_FOR_PARSE, "recording thread waiting for a parse",
            StageTimes.Stage.CHUNK, "chunk",
            StageTimes.Stage.CATALOG, "H2 catalog (rows, commit marks)",
            StageTimes.Stage.INDEX, "Lucene (add passages, commit)");

    private StageBreakdown() {
    }

    /** A row per stage: median seconds over the rounds, and as a share of the median wall time. */
    static List<BenchResult.Row> rows(List<Map<StageTimes.Stage, Duration>> rounds, Duration wallTime) {
        List<BenchResult.Row> rows = new ArrayList<>();
        for (StageTimes.Stage stage : StageTimes.Stage.values()) {
            Duration median = median(rounds, stage);
            Map<String, Number> cells = new LinkedHashMap<>();
            cells.put("seconds", seconds(median));
            cells.put("share of wall time", seconds(median) / seconds(wallTime));
            rows.add(new BenchResult.Row("Dossier stage: " + LABELS.get(stage), cells));
        }
        return rows;
    }

    /** The stage with the most time, of those that do work (waiting is not a stage of its own). */
    static String slowest(List<Map<StageTimes.Stage, Duration>> rounds) {
        return java.util.Arrays.stream(StageTimes.Stage.values())
                .filter(stage -> stage != StageTimes.Stage.WAIT_FOR_PARSE)
                .max(Comparator.comparing(stage -> median(rounds, stage)))
                .map(LABELS::get).orElseThrow();
    }

    private static Duration median(List<Map<StageTimes.Stage, Duration>> rounds, StageTimes.Stage stage) {
        return IndexingThroughput.median(rounds.stream().map(round -> round.get(stage)).toList());
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
