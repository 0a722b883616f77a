package org.dossier.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.extract.TikaExtractor;
import org.dossier.indexer.internal.isolate.ExtractorSettings;
import org.dossier.indexer.internal.isolate.IsolatedExtractor;

/**
 * What isolation costs: Dossier's extraction in worker JVMs (two, each with its heap limit and timeout, as the
 * application runs it) against raw in-process Tika on the same files in the same run. The ratio of files/s is the
 * figure to keep at or above 0.8.
 *
 * <p>The workers live through the whole run, as they do in the application, so warm-up rounds warm both sides'
 * JIT. A worker sees half the files of a round and Tika's code is large, so the workers need many more rounds than
 * the benchmark's own JVM: the untimed rounds' times are reported, to show the curve. Rounds alternate which side
 * goes first; the median of the rounds after the warm-up is kept.
 */
final class IsolatedExtraction implements Benchmark {

    private static final int WORKERS = Integer.getInteger("bench.parseWorkers", 2);

    private final Rounds plan;
    private final IndexerProperties properties = IndexerProperties.defaults();

    IsolatedExtraction(Rounds plan) {
        this.plan = plan;
    }

    @Override
    public String name() {
        return "isolated-extraction";
    }

    /** One pass of the isolated extractor: how long, and how many files it failed. */
    record Pass(Duration elapsed, int failed) {
    }

    @Override
    public BenchResult run() throws Exception {
        RawTika tika = new RawTika();
        ExtractorSettings settings = new ExtractorSettings(properties.maxExtractedChars(),
                new ArchiveLimits(properties.maxArchiveDepth(), properties.maxArchiveEntries()),
                Ocr.off());
        try (CorpusCopies workload = CorpusCopies.of(plan.corpus(), plan.copies());
             IsolatedExtractor isolated = new IsolatedExtractor(settings, WORKERS, properties.parseTimeout(),
                     properties.parseMemory().toBytes());
             ExecutorService callers = Executors.newFixedThreadPool(WORKERS)) {
            List<RawTika.Pass> tikaPasses = new ArrayList<>();
            List<Duration> tikaParallelPasses = new ArrayList<>();
            List<Pass> isolatedPasses = new ArrayList<>();
            List<Pass> inProcessPasses = new ArrayList<>();
            TikaExtractor inProcess = settings.newExtractor();
            for (int round = 0; round < plan.total(); round++) {
                inProcessPasses.add(parseAll(inProcess, workload.files()));
                if (round % 2 == 0) {
                    tikaPasses.add(tika.parseAll(workload.files()));
                    tikaParallelPasses.add(parseAllInParallel(tika, callers, workload.files()));
                    isolatedPasses.add(parseAll(isolated, callers, workload.files()));
                } else {
                    isolatedPasses.add(parseAll(isolated, callers, workload.files()));
                    tikaParallelPasses.add(parseAllInParallel(tika, callers, workload.files()));
                    tikaPasses.add(tika.parseAll(workload.files()));
                }
            }
            return result(workload, tikaPasses.subList(plan.warmUpRounds(), tikaPasses.size()),
                    tikaParallelPasses.subList(plan.warmUpRounds(), tikaParallelPasses.size()),
                    isolatedPasses.subList(0, plan.warmUpRounds()),
                    isolatedPasses.subList(plan.warmUpRounds(), isolatedPasses.size()),
                    inProcessPasses.subList(plan.warmUpRounds(), inProcessPasses.size()));
        }
    }

    /**
     * Dossier's own extraction (every part of a file, pages, headings, mail headers) in this JVM on one thread: not
     * the acceptance figure, but it separates what Dossier's extraction costs from what the isolation costs.
     */
    private static Pass parseAll(TikaExtractor extractor, List<Path> files) {
        int failed = 0;
        long started = System.nanoTime();
        for (Path file : files) {
            if (extractor.extract(file) instanceof Extraction.Failed) {
                failed++;
            }
        }
        return new Pass(Duration.ofNanos(System.nanoTime() - started), failed);
    }

    /** Every file through the isolated extractor, {@value #WORKERS} at a time, as the indexer calls it. */
    static Pass parseAll(IsolatedExtractor extractor, ExecutorService callers, List<Path> files)
            throws Exception {
        AtomicInteger failed = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<?>> pending = new ArrayList<>();
        for (Path file : files) {
            pending.add(callers.submit(() -> {
                if (extractor.extract(file) instanceof Extraction.Failed) {
                    failed.incrementAndGet();
                }
            }));
        }
        for (Future<?> future : pending) {
            future.get();
        }
        return new Pass(Duration.ofNanos(System.nanoTime() - started), failed.get());
    }

    /**
     * Raw Tika on {@value #WORKERS} threads of this JVM, each over its share of the files: not the acceptance
     * baseline, but it says how much of the isolated figure is the parallelism rather than the isolation.
     */
    private static Duration parseAllInParallel(RawTika tika, ExecutorService callers, List<Path> files)
            throws Exception {
        long started = System.nanoTime();
        List<Future<RawTika.Pass>> shares = new ArrayList<>();
        for (int share = 0; share < WORKERS; share++) {
            List<Path> mine = new ArrayList<>();
            for (int i = share; i < files.size(); i += WORKERS) {
                mine.add(files.get(i));
            }
            shares.add(callers.submit(() -> tika.parseAll(mine)));
        }
        for (Future<RawTika.Pass> share : shares) {
            share.get();
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private BenchResult result(CorpusCopies workload, List<RawTika.Pass> tikaPasses, List<Duration> tikaParallelPasses,
                               List<Pass> isolatedWarmUps, List<Pass> isolatedPasses, List<Pass> inProcessPasses) {
        int files = workload.files().size();
        Duration tika = IndexingThroughput.median(tikaPasses.stream().map(RawTika.Pass::elapsed).toList());
        Duration tikaParallel = IndexingThroughput.median(tikaParallelPasses);
        Duration isolated = IndexingThroughput.median(isolatedPasses.stream().map(Pass::elapsed).toList());
        Duration inProcess = IndexingThroughput.median(inProcessPasses.stream().map(Pass::elapsed).toList());

        Map<String, Object> parameters = plan.parameters(files);
        parameters.put("parseWorkers", WORKERS);
        parameters.put("parseMemory", properties.parseMemory().toString());
        parameters.put("parseTimeout", properties.parseTimeout().toString());

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("raw Tika: files failed", tikaPasses.getLast().failed());
        summary.put("isolated: files failed", isolatedPasses.getLast().failed());
        summary.put("raw Tika: seconds per round", tikaPasses.stream().map(pass -> seconds(pass.elapsed())).toList());
        summary.put("isolated: seconds per warm-up round (untimed)",
                isolatedWarmUps.stream().map(pass -> seconds(pass.elapsed())).toList());
        summary.put("isolated: seconds per round", isolatedPasses.stream().map(pass -> seconds(pass.elapsed())).toList());
        summary.put("ratio isolated/raw Tika (files/s)", seconds(tika) / seconds(isolated));
        summary.put("ratio Dossier in process/raw Tika (files/s)", seconds(tika) / seconds(inProcess));
        summary.put("ratio isolated/raw Tika on " + WORKERS + " threads (files/s)",
                seconds(tikaParallel) / seconds(isolated));

        return new BenchResult(name(),
                "Isolated extraction (" + WORKERS + " worker JVMs) vs raw in-process Tika: " + plan.copies() + " copies of "
                        + plan.corpus() + " (" + files + " files, "
                        + String.format(Locale.ROOT, "%.2f", workload.bytes() / 1e6) + " MB)",
                parameters,
                List.of(row("raw Tika AutoDetectParser, 1 thread", files, tika),
                        row("raw Tika AutoDetectParser, " + WORKERS + " threads", files, tikaParallel),
                        row("Dossier extraction in process, 1 thread (diagnostic)", files, inProcess),
                        row("Dossier isolated extraction, " + WORKERS + " workers", files, isolated)),
                summary);
    }

    private static BenchResult.Row row(String label, int files, Duration elapsed) {
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("files", files);
        cells.put("seconds", seconds(elapsed));
        cells.put("files/s", files / seconds(elapsed));
        return new BenchResult.Row(label, cells);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
