package org.dossier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.ingest.StageTimes;
import org.dossier.indexer.internal.isolate.ExtractorSettings;
import org.dossier.indexer.internal.isolate.IsolatedExtractor;
import org.dossier.indexer.internal.isolate.SizeLimitedExtractor;

/**
 * How fast Dossier indexes, against how fast Tika alone extracts the same files: the ratio says what Dossier's own
 * work (hashing, chunking, Lucene, the H2 catalog) costs on top of text extraction, which no indexer can avoid.
 * Dossier runs as the application does by default: Tika in worker JVMs ({@code parse-workers} of them, isolation on)
 * behind the file size limit, as many files parsed ahead. Where its time goes is timed stage by stage
 * ({@link StageBreakdown}); the background embedding stage, which follows a run, is timed once, on the last run's
 * passages. Also times a re-scan of an unchanged folder, which must not re-read any file.
 *
 * <p>Worker JVMs need thousands of files before their JIT has compiled Tika (see isolated-extraction), so the
 * workers live through the whole benchmark, as they do in the application, and first extract the workload
 * {@code workerWarmUps} times, untimed.
 *
 * <p>Both pipelines run in rounds over the whole workload, taking turns in alternating order, so that drift in the
 * machine's state (JIT, heat, page cache, other load) falls on both alike. The first rounds are not counted: Tika
 * spreads over so many parsers that one pass over a small corpus leaves most of it still interpreted, and the
 * first rounds ran 2 to 5 times slower than later ones. The median of the other rounds is kept, and the seconds of
 * each go in the summary, to judge the noise.
 */
final class IndexingThroughput implements Benchmark {

    private final Rounds plan;
    private final int workerWarmUps;
    private final IndexerProperties properties = IndexerProperties.defaults();

    /** @param workerWarmUps untimed extraction passes that warm the worker JVMs up before the rounds */
    IndexingThroughput(Rounds plan, int workerWarmUps) {
        if (workerWarmUps < 0) {
            throw new IllegalArgumentException("worker warm-up passes must be at least 0");
        }
        this.plan = plan;
        this.workerWarmUps = workerWarmUps;
    }

    @Override
    public String name() {
        return "indexing-throughput";
    }

    /**
     * One timed Dossier run, where its time went, the re-scan that followed it on the same data dir, and (last
     * round only, else NaN) the seconds the embedding stage took to give its passages vectors.
     */
    private record DossierRun(Duration indexing, IndexReport report, Map<StageTimes.Stage, Duration> stages,
                              Duration rescan, double embeddingSeconds) {
    }

    @Override
    public BenchResult run() throws Exception {
        RawTika tika = new RawTika();
        try (CorpusCopies workload = CorpusCopies.of(plan.corpus(), plan.copies());
             IsolatedExtractor workers = new IsolatedExtractor(new ExtractorSettings(properties.maxExtractedChars(),
                     new ArchiveLimits(properties.maxArchiveDepth(), properties.maxArchiveEntries()), Ocr.off()),
                     properties.parseWorkers(), properties.parseTimeout(), properties.parseMemory().toBytes());
             ExecutorService callers = Executors.newFixedThreadPool(properties.parseWorkers())) {
            List<Double> workerWarmUpSeconds = new ArrayList<>();
            for (int pass = 0; pass < workerWarmUps; pass++) {
                workerWarmUpSeconds.add(seconds(IsolatedExtraction.parseAll(workers, callers, workload.files())
                        .elapsed()));
            }
            Extractor extractor = new SizeLimitedExtractor(properties.maxFileSize().toBytes(), workers);
            List<RawTika.Pass> tikaPasses = new ArrayList<>();
            List<DossierRun> dossierRuns = new ArrayList<>();
            for (int round = 0; round < plan.total(); round++) {
                boolean last = round == plan.total() - 1;
                // Tika first, then Dossier first, and so on: whatever drifts during the run favours neither side.
                if (round % 2 == 0) {
                    tikaPasses.add(tika.parseAll(workload.files()));
                    dossierRuns.add(runDossier(workload, extractor, last));
                } else {
                    dossierRuns.add(runDossier(workload, extractor, last));
                    tikaPasses.add(tika.parseAll(workload.files()));
                }
            }
            return result(workload, measured(tikaPasses), measured(dossierRuns), workerWarmUpSeconds);
        }
    }

    /** The rounds after the warm-up. */
    private <T> List<T> measured(List<T> allRounds) {
        return allRounds.subList(plan.warmUpRounds(), allRounds.size());
    }

    /** Indexes the copies into a fresh data dir, then indexes them again unchanged; embeds the passages if asked. */
    private DossierRun runDossier(CorpusCopies workload, Extractor extractor, boolean embed) throws Exception {
        try (DossierPipeline dossier = DossierPipeline.open(properties, extractor, properties.parseWorkers())) {
            long started = System.nanoTime();
            IndexReport report = dossier.index(workload.root());
            Duration indexing = Duration.ofNanos(System.nanoTime() - started);
            Map<StageTimes.Stage, Duration> stages = dossier.service().stageTimes().totals();
            check(report.files() == workload.files().size(), "Dossier saw " + report.files() + " files, the baseline "
                    + workload.files().size() + ": the two would not be timed on the same work");

            started = System.nanoTime();
            IndexReport rescan = dossier.index(workload.root());
            Duration rescanning = Duration.ofNanos(System.nanoTime() - started);
            check(rescan.indexed() == 0 && rescan.unchanged() == report.files(),
                    "a re-scan of an unchanged folder re-indexed files: " + rescan);
            return new DossierRun(indexing, report, stages, rescanning, embed ? embed(dossier) : Double.NaN);
        }
    }

    /** The application's background embedding stage with the bundled model over the run's passages: its seconds. */
    private double embed(DossierPipeline dossier) throws Exception {
        try (TempFolder cache = TempFolder.create("dossier-bench-embed-")) {
            BundledEmbeddings embeddings = new BundledEmbeddings(cache.path());
            embeddings.embed(List.of("warm up: the model loads on first use")); // loading is not the stage's work
            return CollectionIndexing.embed(dossier.passageIndex(), embeddings, properties);
        }
    }

    private BenchResult result(CorpusCopies workload, List<RawTika.Pass> tikaPasses, List<DossierRun> dossierRuns,
                               List<Double> workerWarmUpSeconds) {
        int files = workload.files().size();
        long bytes = workload.bytes();
        Duration tika = median(tikaPasses.stream().map(RawTika.Pass::elapsed).toList());
        Duration dossier = median(dossierRuns.stream().map(DossierRun::indexing).toList());
        Duration rescan = median(dossierRuns.stream().map(DossierRun::rescan).toList());
        // Every round indexes the same files from scratch, so the counts of the last one stand for all.
        IndexReport report = dossierRuns.getLast().report();
        List<Map<StageTimes.Stage, Duration>> stages = dossierRuns.stream().map(DossierRun::stages).toList();
        double embedding = dossierRuns.getLast().embeddingSeconds();
        RawTika.Pass lastTika = tikaPasses.getLast();

        Map<String, Object> parameters = plan.parameters(files);
        parameters.put("corpusBytes", bytes / plan.copies());
        parameters.put("passageMaxChars", properties.passageMaxChars());
        parameters.put("passageMinChars", properties.passageMinChars());
        parameters.put("maxExtractedChars", properties.maxExtractedChars());
        parameters.put("commitEveryFiles", properties.commitEveryFiles());
        parameters.put("extraction", "isolation on, as the application runs by default: IsolatedExtractor, "
                + properties.parseWorkers() + " worker JVMs (" + properties.parseMemory() + " heap, "
                + properties.parseTimeout() + " timeout) behind SizeLimitedExtractor (" + properties.maxFileSize()
                + "), " + properties.parseWorkers() + " files parsed ahead; OCR off (as isolated-extraction)");
        parameters.put("workerWarmUpPasses", workerWarmUps);
        parameters.put("embedding", "once, after the last round: BackgroundEmbedding with the bundled model, batches "
                + "of " + properties.embeddingBatch() + ", over that round's passages");

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
        summary.put("worker JVMs: seconds per untimed warm-up extraction pass", workerWarmUpSeconds);
        summary.put("ratio Dossier/Tika (files/s)", seconds(tika) / seconds(dossier));
        summary.put("slowest stage of an indexing run", StageBreakdown.slowest(stages));
        summary.put("slowest stage once vectors are on", embedding > seconds(dossier) ? "embedding: "
                + String.format(Locale.ROOT, "%.1f", embedding / seconds(dossier)) + " times the whole indexing run"
                : "not embedding");

        List<BenchResult.Row> rows = new ArrayList<>(List.of(row("raw Tika AutoDetectParser", files, bytes, tika),
                row("Dossier index, isolated (extract in workers+chunk+Lucene+H2)", files, bytes, dossier),
                row("Dossier no-op re-scan", files, bytes, rescan)));
        rows.addAll(StageBreakdown.rows(stages, dossier));
        Map<String, Number> embeddingCells = new LinkedHashMap<>();
        embeddingCells.put("seconds", embedding);
        embeddingCells.put("share of wall time", embedding / seconds(dossier));
        embeddingCells.put("passages/s", report.passages() / embedding);
        rows.add(new BenchResult.Row("Dossier stage: embedding (background, after the run, bundled bge-small)",
                embeddingCells));

        return new BenchResult(name(),
                "Indexing throughput: " + plan.copies() + " copies of " + plan.corpus() + " (" + files + " files, "
                        + String.format(Locale.ROOT, "%.2f", bytes / 1e6) + " MB)",
                parameters, rows, summary);
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
