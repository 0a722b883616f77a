package org.dossier.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.isolate.ExtractorSettings;
import org.dossier.indexer.internal.isolate.IsolatedExtractor;
import org.dossier.indexer.internal.isolate.SizeLimitedExtractor;

/**
 * What a real leak throws at Dossier, generated on the fly and deleted after: a huge spreadsheet export (CSV), a
 * huge mailbox (mbox), and a folder of very many small files, each indexed through the application's extraction
 * path (Tika in worker JVMs, {@code parse-memory} each, behind the file size limit). For each: how it ended (indexed,
 * skipped or failed, and the reason the catalog records), the time, and the peak heap of this JVM (the main
 * application's side: hashing, chunking, Lucene, H2). For the folder, keyword search latency while the scan runs
 * beside latency at rest: whether the rest of Dossier stays responsive.
 *
 * <p>Settings: {@code bench.csvBytes} (default 1 GB), {@code bench.mboxBytes} (default 5 GB),
 * {@code bench.manyFiles} (default 300,000), {@code bench.largeMaxFileSize} (the file size limit for this run,
 * default the application's; raise it to see the parser at work rather than the limit).
 */
final class LargeInputs implements Benchmark {

    private static final String[] WORDS = ("harbour dredging invoice contract payment council minister tender "
            + "supplier audit transfer account shipment warehouse director subsidy permit inspection budget "
            + "overrun consultant meeting offshore company register lawyer witness deadline memo ledger").split(" ");
    private static final long SEED = 20_261_207L;

    private final long csvBytes;
    private final long mboxBytes;
    private final int manyFiles;
    private final long maxFileSize;

    LargeInputs(long csvBytes, long mboxBytes, int manyFiles, long maxFileSize) {
        this.csvBytes = csvBytes;
        this.mboxBytes = mboxBytes;
        this.manyFiles = manyFiles;
        this.maxFileSize = maxFileSize;
    }

    static LargeInputs fromSystemProperties() {
        IndexerProperties defaults = IndexerProperties.defaults();
        return new LargeInputs(Long.getLong("bench.csvBytes", 1_000_000_000L),
                Long.getLong("bench.mboxBytes", 5_000_000_000L), Integer.getInteger("bench.manyFiles", 300_000),
                Long.getLong("bench.largeMaxFileSize", defaults.maxFileSize().toBytes()));
    }

    @Override
    public String name() {
        return "large-inputs";
    }

    @Override
    public BenchResult run() throws Exception {
        IndexerProperties properties = IndexerProperties.defaults();
        List<BenchResult.Row> rows = new ArrayList<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        if (csvBytes > 0) {
            rows.add(oneFile(properties, "spreadsheet export.csv", csvBytes, LargeInputs::writeCsv, summary));
        }
        if (mboxBytes > 0) {
            rows.add(oneFile(properties, "mailbox.mbox", mboxBytes, LargeInputs::writeMbox, summary));
        }
        if (manyFiles > 0) {
            rows.addAll(manySmallFiles(properties, summary));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("csvBytes", csvBytes);
        parameters.put("mboxBytes", mboxBytes);
        parameters.put("manyFiles", manyFiles);
        parameters.put("maxFileSize", maxFileSize);
        parameters.put("maxExtractedChars", properties.maxExtractedChars());
        parameters.put("parseWorkers", properties.parseWorkers());
        parameters.put("parseMemory", properties.parseMemory().toBytes());
        parameters.put("parseTimeout", properties.parseTimeout().toString());
        parameters.put("extraction", "IsolatedExtractor (worker JVMs) behind SizeLimitedExtractor, OCR off");
        parameters.put("peak heap", "this JVM's heap pools, peak usage since reset before each case (garbage "
                + "included: an upper bound of what must fit)");
        parameters.put("heap cap", Runtime.getRuntime().maxMemory());
        parameters.put("worker peak RSS", "the largest peak resident size (VmHWM: heap, metaspace, code, stacks) "
                + "among the worker JVMs alive at the end of a case; each worker's heap is capped at parseMemory");
        return new BenchResult(name(), "Large inputs: a huge CSV, a huge mbox and very many small files, generated "
                + "and indexed through worker JVMs", parameters, rows, summary);
    }

    private interface Generator {
        void write(Path file, long bytes) throws IOException;
    }

    private BenchResult.Row oneFile(IndexerProperties properties, String name, long bytes, Generator generator,
                                    Map<String, Object> summary) throws Exception {
        try (TempFolder folder = TempFolder.create("dossier-bench-large-")) {
            Path file = folder.path().resolve(name);
            long started = System.nanoTime();
            generator.write(file, bytes);
            double generated = seconds(System.nanoTime() - started);
            long size = Files.size(file);
            try (IsolatedExtractor workers = workers(properties);
                 DossierPipeline dossier = DossierPipeline.open(properties,
                         new SizeLimitedExtractor(maxFileSize, workers), properties.parseWorkers())) {
                HeapPeak.reset();
                started = System.nanoTime();
                IndexReport report = dossier.index(folder.path());
                double took = seconds(System.nanoTime() - started);
                long peak = HeapPeak.read();
                long workerPeak = WorkerPeak.read();
                List<DocumentRecord> documents = dossier.catalog().findAll(
                        dossier.catalog().fileIds(dossier.catalog().sources().getFirst().id()));
                summary.put(name + ": outcome", outcome(report, documents));
                summary.put(name + ": generated in s", generated);
                Map<String, Number> cells = new LinkedHashMap<>();
                cells.put("MB", size / 1e6);
                cells.put("s", took);
                cells.put("MB/s", size / 1e6 / took);
                cells.put("documents", dossier.catalog().counts().indexed());
                cells.put("failed+skipped", report.failed() + report.skipped());
                cells.put("passages", report.passages());
                cells.put("peak heap MB", peak / 1e6);
                cells.put("worker peak RSS MB", workerPeak / 1e6);
                return new BenchResult.Row(name, cells);
            }
        }
    }

    /**
     * The folder: {@code manyFiles} small text files, 1,000 to a sub-folder, indexed while another thread searches
     * the index every 20 ms; then the same searches at rest.
     */
    private List<BenchResult.Row> manySmallFiles(IndexerProperties properties, Map<String, Object> summary)
            throws Exception {
        try (TempFolder folder = TempFolder.create("dossier-bench-many-")) {
            long started = System.nanoTime();
            writeManyFiles(folder.path(), manyFiles);
            summary.put(manyFiles + " files: generated in s", seconds(System.nanoTime() - started));
            try (IsolatedExtractor workers = workers(properties);
                 DossierPipeline dossier = DossierPipeline.open(properties,
                         new SizeLimitedExtractor(maxFileSize, workers), properties.parseWorkers())) {
                // A first small run, so that searches during the big one have an index to read.
                Path seed = folder.path().resolve("0000");
                dossier.index(seed);
                HeapPeak.reset();
                AtomicBoolean scanning = new AtomicBoolean(true);
                long scanStarted = System.nanoTime();
                CompletableFuture<IndexReport> scan = CompletableFuture.supplyAsync(() -> {
                    try {
                        return dossier.index(folder.path());
                    } finally {
                        scanning.set(false);
                    }
                });
                List<Double> during = searchWhile(dossier, scanning::get);
                IndexReport report = scan.join();
                double took = seconds(System.nanoTime() - scanStarted);
                long peak = HeapPeak.read();
                long workerPeak = WorkerPeak.read();
                AtomicBoolean rest = new AtomicBoolean(true);
                CompletableFuture.delayedExecutor(10, TimeUnit.SECONDS)
                        .execute(() -> rest.set(false));
                List<Double> atRest = searchWhile(dossier, rest::get);
                summary.put(manyFiles + " files: outcome", report.toString());
                List<BenchResult.Row> rows = new ArrayList<>();
                Map<String, Number> cells = new LinkedHashMap<>();
                cells.put("files", report.files());
                cells.put("s", took);
                cells.put("files/s", report.files() / took);
                cells.put("documents", report.indexed());
                cells.put("passages", report.passages());
                cells.put("peak heap MB", peak / 1e6);
                cells.put("worker peak RSS MB", workerPeak / 1e6);
                rows.add(new BenchResult.Row(manyFiles + " small files", cells));
                rows.add(latencyRow("keyword search while the folder is indexed", during));
                rows.add(latencyRow("keyword search at rest", atRest));
                summary.put("search p95 while indexing / at rest", Metrics.percentile(during, 0.95)
                        / Metrics.percentile(atRest, 0.95));
                return rows;
            }
        }
    }

    /** Searches for one of a few words every 20 ms while {@code going} holds, one thread; latencies in ms. */
    private static List<Double> searchWhile(DossierPipeline dossier, BooleanSupplier going)
            throws InterruptedException {
        List<Double> millis = new ArrayList<>();
        int n = 0;
        while (going.getAsBoolean()) {
            String query = WORDS[n++ % WORDS.length] + " " + WORDS[(n * 7) % WORDS.length];
            long started = System.nanoTime();
            IndexReads.keyword(dossier.passageIndex(), query, 10);
            millis.add((System.nanoTime() - started) / 1e6);
            Thread.sleep(20);
        }
        return millis;
    }

    private static BenchResult.Row latencyRow(String label, List<Double> millis) {
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("searches", millis.size());
        cells.put("p50 ms", millis.isEmpty() ? Double.NaN : Metrics.percentile(millis, 0.50));
        cells.put("p95 ms", millis.isEmpty() ? Double.NaN : Metrics.percentile(millis, 0.95));
        cells.put("max ms", millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
        return new BenchResult.Row(label, cells);
    }

    private static IsolatedExtractor workers(IndexerProperties properties) {
        return new IsolatedExtractor(new ExtractorSettings(properties.maxExtractedChars(), ArchiveLimits.DEFAULTS,
                Ocr.off()), properties.parseWorkers(), properties.parseTimeout(), properties.parseMemory().toBytes());
    }

    /** "indexed", or the states and reasons the catalog holds, counted. */
    private static String outcome(IndexReport report, List<DocumentRecord> documents) {
        Map<String, Integer> reasons = new TreeMap<>();
        for (DocumentRecord document : documents) {
            reasons.merge(document.state() + (document.reason() == null ? "" : ": " + document.reason()), 1,
                    Integer::sum);
        }
        return report.indexed() + " indexed, " + report.skipped() + " skipped, " + report.failed() + " failed; "
                + reasons;
    }

    /** A ledger export: a header, then rows of id, date, supplier, amount and a memo of a few words. */
    private static void writeCsv(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,date,supplier,amount,memo\n");
            long written = 0;
            LocalDate start = LocalDate.of(2019, 1, 1);
            for (long row = 1; written < bytes; row++) {
                String line = row + "," + start.plusDays(random.nextInt(2000)) + ",Supplier " + random.nextInt(5000)
                        + "," + random.nextInt(1_000_000) + "." + random.nextInt(10, 100) + "," + words(random, 8)
                        + "\n";
                out.write(line);
                written += line.length();
            }
        }
    }

    /** An mbox of plain messages of about 2 KB, each with its From_ line, headers and a body of sentences. */
    private static void writeMbox(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            for (long n = 1; written < bytes; n++) {
                StringBuilder message = new StringBuilder(2400);
                String from = "person" + random.nextInt(400) + "@example.org";
                message.append("From ").append(from).append(" Mon Mar 11 09:00:00 2024\n")
                        .append("From: ").append(from).append('\n')
                        .append("To: person").append(random.nextInt(400)).append("@example.org\n")
                        .append("Subject: ").append(words(random, 5)).append('\n')
                        .append("Date: Mon, 11 Mar 2024 09:00:00 +0000\n")
                        .append("Message-ID: <").append(n).append("@bench.example.org>\n\n");
                for (int sentence = 0; sentence < 20; sentence++) {
                    message.append(Character.toUpperCase(WORDS[random.nextInt(WORDS.length)].charAt(0)))
                            .append(words(random, 12).substring(1)).append(".\n");
                }
                message.append('\n');
                out.write(message.toString());
                written += message.length();
            }
        }
    }

    /** Notes of a few sentences, 1,000 to a folder ({@code 0000/}, {@code 0001/}, …). */
    private static void writeManyFiles(Path root, int count) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int n = 0; n < count; n++) {
            Path folder = root.resolve(String.format(Locale.ROOT, "%04d", n / 1000));
            if (n % 1000 == 0) {
                Files.createDirectories(folder);
            }
            Files.writeString(folder.resolve("note-" + n + ".txt"), "Note " + n + ". " + words(random, 30) + ".\n");
        }
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder(count * 9);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** The largest peak resident size among this JVM's child processes (the parse workers), from /proc; 0 elsewhere. */
    private static final class WorkerPeak {

        static long read() {
            return ProcessHandle.current().children().mapToLong(WorkerPeak::peakRss).max().orElse(0);
        }

        private static long peakRss(ProcessHandle process) {
            try {
                return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                        .filter(line -> line.startsWith("VmHWM:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
            } catch (IOException | RuntimeException e) {
                return 0; // gone, or not Linux
            }
        }
    }

    /** Peak heap use of this JVM since the last reset, over every heap pool. */
    private static final class HeapPeak {

        static void reset() {
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        static long read() {
            return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        }
    }
}
