package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.watch.FolderWatcher;

/**
 * Keeping up with a folder: how long a re-scan of a large, unchanged folder takes (it must read no file: only
 * sizes and modification times), and how long a small file takes from being written to being searchable while the
 * folder is watched (median and 95th percentile).
 */
final class LiveFolders implements Benchmark {

    private final int files;
    private final int writes;

    LiveFolders(int files, int writes) {
        this.files = files;
        this.writes = writes;
    }

    @Override
    public String name() {
        return "live-folders";
    }

    @Override
    public BenchResult run() throws Exception {
        IndexerProperties properties = IndexerProperties.defaults();
        List<BenchResult.Row> rows = new ArrayList<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        try (TempFolder big = TempFolder.create("dossier-bench-live-big-");
             DossierPipeline dossier = DossierPipeline.open(properties)) {
            generate(big.path(), files);
            long start = System.nanoTime();
            IndexReport first = dossier.index(big.path());
            summary.put("first indexing of the generated files (s)", seconds(System.nanoTime() - start));
            List<Double> rescans = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                start = System.nanoTime();
                IndexReport again = dossier.index(big.path());
                rescans.add(seconds(System.nanoTime() - start));
                if (again.unchanged() != first.files()) {
                    throw new IllegalStateException("a no-op re-scan re-read files: " + again);
                }
            }
            rows.add(row("no-op re-scan of " + files + " unchanged files", Map.of(
                    "median s", Metrics.median(rescans), "max s", rescans.stream().mapToDouble(d -> d).max().orElse(0),
                    "files/s", files / Metrics.median(rescans))));
            summary.put("re-scan goal", "< 2 s for 10,000 files");
        }
        try (TempFolder small = TempFolder.create("dossier-bench-live-small-");
             DossierPipeline dossier = DossierPipeline.open(properties)) {
            Files.writeString(small.path().resolve("seed.txt"), "seed");
            dossier.index(small.path());
            List<Double> latencies = new ArrayList<>();
            try (FolderWatcher watcher = new FolderWatcher(dossier.service(), dossier.catalog(),
                    properties.watchDebounce(), path -> false)) {
                watcher.watchAllSources();
                Thread.sleep(500);
                for (int i = 0; i < writes; i++) {
                    String word = "livetoken" + i + "x";
                    long written = System.nanoTime();
                    Files.writeString(small.path().resolve("note-" + i + ".txt"), "A new note with " + word);
                    while (IndexReads.keyword(dossier.passageIndex(), word, 1).isEmpty()) {
                        if (System.nanoTime() - written > Duration.ofSeconds(30).toNanos()) {
                            throw new IllegalStateException("note " + i + " never became searchable");
                        }
                        Thread.sleep(5);
                    }
                    latencies.add(seconds(System.nanoTime() - written) * 1000);
                }
            }
            latencies.sort(null);
            rows.add(row("write to searchable, small file, watched folder", Map.of(
                    "median ms", Metrics.median(latencies), "p95 ms", Metrics.percentile(latencies, 0.95),
                    "writes", latencies.size())));
            summary.put("debounce (ms)", properties.watchDebounce().toMillis());
            summary.put("write-to-searchable goal", "< 2 s for a small file");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("files", files);
        parameters.put("writes", writes);
        return new BenchResult(name(), "Live folders: re-scan of " + files + " unchanged files, write to searchable",
                parameters, rows, summary);
    }

    /** Small text files in 100 sub-folders, as a mail or document export would spread them. */
    private static void generate(Path root, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            Path file = root.resolve("folder-" + (i % 100)).resolve("file-" + i + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Generated document " + i + " about the harbour, invoice " + (1000 + i) + ".");
        }
    }

    private static BenchResult.Row row(String label, Map<String, Number> cells) {
        return new BenchResult.Row(label, new LinkedHashMap<>(cells));
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1000.0;
    }
}
