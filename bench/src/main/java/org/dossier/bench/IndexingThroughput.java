package org.dossier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerProperties;

/**
 * How fast Dossier indexes, against how fast Tika alone extracts the same files: the ratio says what Dossier's own
 * work (hashing, chunking, Lucene, the H2 catalog) costs on top of text extraction, which no indexer can avoid.
 * Also times a re-scan of an unchanged folder, which must not re-read any file.
 *
 * <p>Both pipelines run in rounds over the whole workload, taking turns in alternating order, so that drift in the
 * machine's state (JIT, heat, page cache, other load) falls on both alike. The first rounds are not counted: Tika
 * spreads over so many parsers that one pass over a small corpus leaves most of it still interpreted, and the
 * first rounds ran 2 to 5 times slower than later ones. The median of the other rounds is kept, and the seconds of
 * each go in the summary, to judge the noise.
 */
final class IndexingThroughput implements Benchmark {

    private final Rounds plan;
    private final IndexerProperties properties = IndexerProperties.defaults();

    IndexingThroughput(Rounds plan) {
        this.plan = plan;
    }

    @Override
    public String name() {
        return "indexing-throughput";
    }

    /** One timed Dossier run, and the re-scan that followed it on the same data dir. */
    private record DossierRun(Duration indexing, IndexReport report, Duration rescan) {
    }

    @Override
    public BenchResult run() throws Exception {
        RawTika tika = new RawTika();
        try (CorpusCopies workload = CorpusCopies.of(plan.corpus(), plan.copies())) {
            List<RawTika.Pass> tikaPasses = new ArrayList<>();
            List<DossierRun> dossierRuns = new ArrayList<>();
            for (int round = 0; round < plan.total(); round++) {
                // Tika first, then Dossier first, and so on: whatever drifts during the run favours neither side.
                if (round % 2 == 0) {
                    tikaPasses.add(tika.parseAll(workload.files()));
                    dossierRuns.add(runDossier(workload));
                } else {
                    dossierRuns.add(runDossier(workload));
                    tikaPasses.add(tika.parseAll(workload.files()));
                }
            }
            return result(workload, measured(tikaPasses), measured(dossierRuns));
        }
    }

    /** The rounds after the warm-up. */
    private <T> List<T> measured(List<T> allRounds) {
        return allRounds.subList(plan.warmUpRounds(), allRounds.size());
    }

    /** Indexes the copies into a fresh data dir, then indexes them again unchanged. */
    private DossierRun runDossier(CorpusCopies workload) throws Exception {
        try (DossierPipeline dossier = DossierPipeline.open(properties)) {
            long started = System.nanoTime();
            IndexReport report = dossier.index(workload.root());
            Duration indexing = Duration.ofNanos(System.nanoTime() - started);
            check(report.files() == workload.files().size(), "Dossier saw " + report.files() + " files, the baseline "
                    + workload.files().size() + ": the two would not be timed on the same work");

            started = System.nanoTime();
            IndexReport rescan = dossier.index(workload.root());
            Duration rescanning = Duration.ofNanos(System.nanoTime() - started);
            check(rescan.indexed() == 0 && rescan.unchanged() == report.files(),
                    "a re-scan of an unchanged folder re-indexed files: " + rescan);
            return new DossierRun(indexing, report, rescanning);
        }
    }

    private BenchResult result(CorpusCopies workload, List<RawTika.Pass> tikaPasses, List<DossierRun> dossierRuns) {
        int files = workload.files().size();
        long bytes = workload.bytes();
        Duration tika = median(tikaPasses.stream().map(RawTika.Pass::elapsed).toList());
        Duration dossier = median(dossierRuns.stream().map(DossierRun::indexing).toList());
        Duration rescan = median(dossierRuns.stream().map(DossierRun::rescan).toList());
        // Every round indexes the same files from scratch, so the counts of the last one stand for all.
        IndexReport report = dossierRuns.getLast().report();
        RawTika.Pass lastTika = tikaPasses.getLast();

        Map<String, Object> parameters = plan.parameters(files);
        parameters.put("corpusBytes", bytes / plan.copies());
        parameters.put("passageMaxChars", properties.passageMaxChars());
        parameters.put("passageMinChars", properties.passageMinChars());
        parameters.put("maxExtractedChars", properties.maxExtractedChars());
        parameters.put("commitEveryFiles", properties.commitEveryFiles());

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("raw Tika: files failed", lastTika.failed());
        summary.put("raw Tika: chars extracted", lastTika.chars());
        summary.put("Dossier: files indexed", report.indexed());
        summary.put("Dossier: files skipped", report.skipped());
        summary.put("Dossier: files failed", report.failed());
        summary.put("Dossier: passages", report.passages());
        summary.put("raw Tika: seconds per round", roundSeconds(tikaPasses.stream().map(RawTika.Pass::elapsed)));
        summary.put("Dossier: seconds per round", roundSeconds(dossierRuns.stream().map(DossierRun::indexing)));
        summary.put("Dossier re-scan: seconds per round", roundSeconds(dossierRuns.stream().map(DossierRun::rescan)));
        summary.put("ratio Dossier/Tika (files/s)", seconds(tika) / seconds(dossier));

        return new BenchResult(name(),
                "Indexing throughput: " + plan.copies() + " copies of " + plan.corpus() + " (" + files + " files, "
                        + String.format(Locale.ROOT, "%.2f", bytes / 1e6) + " MB)",
                parameters,
                List.of(row("raw Tika AutoDetectParser", files, bytes, tika),
                        row("Dossier index (extract+chunk+Lucene+H2)", files, bytes, dossier),
                        row("Dossier no-op re-scan", files, bytes, rescan)),
                summary);
    }

    private static BenchResult.Row row(String label, int files, long bytes, Duration elapsed) {
        double seconds = seconds(elapsed);
        double megabytes = bytes / 1e6; // MB as 10^6 bytes of input files
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("files", files);
        cells.put("MB", megabytes);
        cells.put("seconds", seconds);
        cells.put("files/s", files / seconds);
        cells.put("MB/s", megabytes / seconds);
        return new BenchResult.Row(label, cells);
    }

    /** The median; with an even count, the mean of the middle two. */
    static Duration median(List<Duration> durations) {
        return Duration.ofNanos(Math.round(Metrics.median(durations.stream().map(d -> (double) d.toNanos()).toList())));
    }

    /** In the order the rounds ran. */
    private static List<Double> roundSeconds(Stream<Duration> durations) {
        return durations.map(IndexingThroughput::seconds).toList();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
