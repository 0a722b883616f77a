package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.catalog.Catalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import com.zaxxer.hikari.HikariDataSource;

/**
 * What a real leak throws at Dossier, generated on the fly and deleted after: a huge spreadsheet export (CSV), a
 * huge mailbox (mbox, indexed message by message), a PDF of many pages, and a folder of very many small files. Each
 * is indexed by the packaged application ({@code java -jar dossier.jar serve <folder>}) with the heap cap the
 * launcher gives it, Tika in its worker JVMs; the peak heaps are read from every JVM's own GC log
 * ({@link GcLogPeaks}). For the folder, {@code GET /api/search} and the Library page are timed over loopback HTTP
 * while the scan runs, and again at rest.
 *
 * <p>What is generated and how large: {@link LargeInputCases}.
 */
final class LargeInputs implements Benchmark {

    private static final int AT_REST_REQUESTS = 200;

    private final LargeInputCases cases;
    private final Path jar;

    LargeInputs(LargeInputCases cases, Path jar) {
        this.cases = cases;
        this.jar = jar;
    }

    static LargeInputs fromSystemProperties() {
        return new LargeInputs(LargeInputCases.fromSystemProperties(), Path.of("web/target/dossier.jar"));
    }

    @Override
    public String name() {
        return "large-inputs";
    }

    @Override
    public BenchResult run() throws Exception {
        List<BenchResult.Row> rows = new ArrayList<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        if (cases.csvBytes() > 0) {
            rows.add(oneFile("spreadsheet export.csv", file -> LargeInputFiles.writeCsv(file, cases.csvBytes()),
                    summary));
        }
        if (cases.mboxBytes() > 0) {
            rows.add(oneFile("mailbox.mbox", file -> summary.put("mailbox.mbox: messages written",
                    LargeInputFiles.writeMbox(file, cases.mboxBytes())), summary));
        }
        if (cases.pdfPages() > 0) {
            rows.add(oneFile("ledger.pdf", file -> LargeInputFiles.writePdf(file, cases.pdfPages()), summary));
        }
        if (cases.pst().isPresent()) {
            Path own = cases.pst().get();
            rows.add(oneFile(own.getFileName().toString(), file -> Files.copy(own, file), summary));
        }
        if (cases.manyFiles() > 0) {
            rows.addAll(manySmallFiles(summary));
        }
        IndexerProperties defaults = IndexerProperties.defaults();
        Map<String, Object> parameters = new LinkedHashMap<>();
        cases.describe(parameters);
        parameters.put("application", "java -Xmx" + cases.appHeap() + " -jar web/target/dossier.jar serve <folder>, "
                + String.join(" ", settings()) + "; otherwise its defaults");
        parameters.put("maxExtractedChars", defaults.maxExtractedChars());
        parameters.put("parseWorkers", defaults.parseWorkers());
        parameters.put("parseMemory (each worker's heap cap)", defaults.parseMemory().toBytes());
        parameters.put("s", "the indexing run's own start to end, as the application records it");
        parameters.put("peak heap", "largest heap occupancy before a collection in the JVM's GC log (garbage "
                + "included: an upper bound of what had to fit); workers: the largest among the worker JVMs");
        parameters.put("http", "GET /api/search?q=<two words> and GET /library on 127.0.0.1, one at a time, 50 ms "
                + "apart, while the folder's run is going; then " + AT_REST_REQUESTS + " of each at rest");
        return new BenchResult(name(), "Large inputs: a huge CSV, a huge mbox, a long PDF and very many small files, "
                + "indexed by the packaged application", parameters, rows, summary);
    }

    private List<String> settings() {
        return List.of("--dossier.engine.embedding=none", "--dossier.engine.scan-usual-places=false",
                "--dossier.indexer.max-file-size=" + cases.maxFileSize());
    }

    private interface Generator {
        void write(Path file) throws IOException;
    }

    private BenchResult.Row oneFile(String name, Generator generator, Map<String, Object> summary)
            throws Exception {
        try (TempFolder work = TempFolder.create("dossier-bench-large-")) {
            Path folder = Files.createDirectories(work.path().resolve("inputs"));
            Path file = folder.resolve(name);
            Instant generating = Instant.now();
            generator.write(file);
            summary.put(name + ": generated in s", seconds(generating));
            long size = Files.size(file);
            Served served = serve(work.path(), folder, 1, dossier -> Thread.sleep(200), dossier -> { });
            Optional<JsonNode> run = served.ended();
            JsonNode status = served.status();
            double took = served.seconds();
            summary.put(name + ": run", run.map(JsonNode::toString).orElse("still going after " + cases.caseLimit()
                    + ", stopped (SIGTERM): the figures are those of the first " + Math.round(took) + " s"));
            if (run.isPresent()) {
                summary.put(name + ": outcome", outcome(work.path().resolve("data")));
            }
            summary.put(name + ": reasons shown", status.get("reasons").toString());
            Map<String, Number> cells = new LinkedHashMap<>();
            cells.put("finished", run.isPresent() ? 1 : 0);
            cells.put("MB", size / 1e6);
            cells.put("s", took);
            cells.put("MB/s", size / 1e6 / took);
            cells.put("documents", status.get("counts").get("indexed").asLong());
            cells.put("documents/s", status.get("counts").get("indexed").asLong() / took);
            cells.put("failed+skipped", status.get("counts").get("failed").asLong()
                    + status.get("counts").get("skipped").asLong());
            cells.put("passages", status.get("passages").asInt());
            served.heaps().putCells(cells);
            return new BenchResult.Row(name, cells);
        }
    }

    /** The folder of small files, with loopback HTTP timed while its run goes and at rest. */
    private List<BenchResult.Row> manySmallFiles(Map<String, Object> summary) throws Exception {
        try (TempFolder work = TempFolder.create("dossier-bench-many-")) {
            Path folder = Files.createDirectories(work.path().resolve("inputs"));
            Instant generating = Instant.now();
            LargeInputFiles.writeManyFiles(folder, cases.manyFiles());
            summary.put(cases.manyFiles() + " files: generated in s", seconds(generating));
            PageProbes during = new PageProbes();
            PageProbes atRest = new PageProbes();
            Served served = serve(work.path(), folder, cases.manyFiles(), during::probe, dossier -> {
                for (int i = 0; i < AT_REST_REQUESTS; i++) {
                    atRest.probe(dossier);
                }
            });
            Optional<JsonNode> ended = served.ended();
            JsonNode status = served.status();
            // a run still going at the limit: the newest, as far as it got
            JsonNode run = ended.orElse(status.get("runs").get(0));
            double took = served.seconds();
            summary.put(cases.manyFiles() + " files: run", (ended.isPresent() ? ""
                    : "still going after " + cases.caseLimit() + ", stopped (SIGTERM): ") + run);
            int files = ended.isPresent() ? run.get("total").asInt() : run.get("done").asInt();
            Map<String, Number> cells = new LinkedHashMap<>();
            cells.put("finished", ended.isPresent() ? 1 : 0);
            cells.put("files", files);
            cells.put("s", took);
            cells.put("files/s", files / took);
            cells.put("documents", status.get("counts").get("indexed").asLong());
            cells.put("passages", status.get("passages").asInt());
            served.heaps().putCells(cells);
            List<BenchResult.Row> rows = new ArrayList<>();
            rows.add(new BenchResult.Row(cases.manyFiles() + " small files", cells));
            rows.add(PageProbes.row("GET /api/search while the folder is indexed", during.search()));
            rows.add(PageProbes.row("GET /api/search at rest", atRest.search()));
            rows.add(PageProbes.row("GET /library while the folder is indexed", during.library()));
            rows.add(PageProbes.row("GET /library at rest", atRest.library()));
            summary.put("/api/search p95 while indexing / at rest", Metrics.percentile(during.search(), 0.95)
                    / Metrics.percentile(atRest.search(), 0.95));
            summary.put("/library p95 while indexing / at rest", Metrics.percentile(during.library(), 0.95)
                    / Metrics.percentile(atRest.library(), 0.95));
            return rows;
        }
    }

    /** Something done with the application while it serves. */
    private interface WithDossier {
        void accept(ServedDossier dossier) throws Exception;
    }

    /**
     * What one case's application did: the run over the folder if it ended within the limit, the status then, the
     * peak heaps of its JVMs, and the run's seconds (or, still going, the seconds since it served).
     */
    private record Served(Optional<JsonNode> ended, JsonNode status, GcLogPeaks heaps, double seconds) {
    }

    /** Serves the folder until its run over {@code files} ends or the limit passes, then stops the application. */
    private Served serve(Path work, Path folder, int files, WithDossier meanwhile, WithDossier afterwards)
            throws Exception {
        try (ServedDossier dossier = ServedDossier.serve(jar, cases.appHeap(), work, folder, settings())) {
            Instant serving = Instant.now();
            Optional<JsonNode> ended = dossier.awaitRunOver(files, cases.caseLimit(), () -> meanwhile.accept(dossier));
            double took = ended.isPresent() ? ServedDossier.runSeconds(ended.get()) : seconds(serving);
            JsonNode status = dossier.status();
            afterwards.accept(dossier);
            dossier.close();
            return new Served(ended, status, GcLogPeaks.read(dossier.gcLogs(), dossier.pid()), took);
        }
    }

    /** The states and reasons the stopped application's catalog holds for the files of its source, counted. */
    private static String outcome(Path dataDir) {
        try (HikariDataSource dataSource = DossierPipeline.pooledH2(dataDir.resolve("catalog/dossier"))) {
            Catalog catalog = new Catalog(JdbcClient.create(dataSource));
            List<DocumentRecord> documents = catalog.findAll(catalog.fileIds(catalog.sources().getFirst().id()));
            Map<String, Integer> reasons = new TreeMap<>();
            for (DocumentRecord document : documents) {
                reasons.merge(document.state() + (document.reason() == null ? "" : ": " + document.reason()), 1,
                        Integer::sum);
            }
            return reasons.toString();
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toNanos() / 1e9;
    }
}
