package org.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dossier.assistant.retrieve.HybridSearch;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.index.NearestSearch;
import org.dossier.indexer.internal.index.PassageCodec;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.search.LucenePassageSearch;

/**
 * How long a search takes as the index grows: BM25, kNN and hybrid top-10 over synthetic passages with 384-d
 * vectors (see {@link SyntheticCorpus}), built and searched through Dossier's own {@code PassageIndex} and
 * {@code HybridSearch}: passages go in with {@code replace}, vectors follow through {@code pendingVectors} and
 * {@code addVectors}, as the background embedding stage writes them.
 *
 * <p>Hybrid time leaves out embedding the question: {@code HybridSearch} is given an engine whose query vector is
 * precomputed, so it times exactly Dossier's retrieval work (BM25 and kNN to depth 50, the vector count it checks,
 * fusion, near-duplicate collapse). A build slower than the time limit is stopped and its rate reported instead.
 */
final class RetrievalLatency implements Benchmark {

    private static final long SEED = 20_251_125L;
    private static final int VOCABULARY = 20_000;
    private static final int PASSAGE_WORDS = 120;
    private static final int PASSAGES_PER_DOCUMENT = 10;
    private static final int WARM_UP_QUERIES = 50;
    private static final int QUERIES = 200;
    private static final int TOP = 10;
    /** How deep the hybrid search reads each list for a top-10 (its policy's candidate depth). */
    private static final int HYBRID_DEPTH = 50;
    /** Queries whose kNN results are checked against an exact scan, to show what the speed costs in recall. */
    private static final int RECALL_QUERIES = 100;
    /** The shape vector-quantization uses, so that the two benchmarks speak of the same vectors. */
    private static final int CLUSTER_TOPICS = 100;
    private static final int CLUSTER_SUB_TOPICS = 20;
    private static final int CLUSTER_STORIES = 10;
    private static final String MODEL = "synthetic:random-unit-384";

    private final List<Integer> sizes;
    private final double buildLimitMinutes;
    private final String keptIndexes;

    RetrievalLatency(List<Integer> sizes, double buildLimitMinutes, String keptIndexes) {
        this.sizes = List.copyOf(sizes);
        this.buildLimitMinutes = buildLimitMinutes;
        this.keptIndexes = keptIndexes;
    }

    /**
     * {@code bench.latencySizes} (default 100000,1000000); {@code bench.latencyBuildMinutes} (default 25);
     * {@code bench.latencyIndexDir} (default empty: indexes are temporary; else kept and reused there).
     */
    static RetrievalLatency fromSystemProperties() {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.latencySizes", "100000,1000000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        return new RetrievalLatency(sizes,
                Double.parseDouble(System.getProperty("bench.latencyBuildMinutes", "25")),
                System.getProperty("bench.latencyIndexDir", ""));
    }

    @Override
    public String name() {
        return "retrieval-latency";
    }

    @Override
    public BenchResult run() throws Exception {
        boolean uniform = "uniform".equals(System.getProperty("bench.latencyVectors", "clustered"));
        ClusteredVectors clustered = uniform ? null : new ClusteredVectors(SEED, SyntheticCorpus.DIMENSIONS,
                CLUSTER_TOPICS, CLUSTER_SUB_TOPICS, CLUSTER_STORIES);
        SyntheticCorpus corpus = new SyntheticCorpus(SEED, VOCABULARY, PASSAGE_WORDS, clustered);
        List<BenchResult.Row> rows = new ArrayList<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        KnnLevers levers = new KnnLevers(corpus, MODEL, RECALL_QUERIES, PASSAGES_PER_DOCUMENT);
        SyntheticIndexBuild builder =
                new SyntheticIndexBuild(corpus, MODEL, PASSAGES_PER_DOCUMENT, buildLimitMinutes);
        for (int size : sizes) {
            try (LatencyIndexHome home = LatencyIndexHome.of(keptIndexes, (uniform ? "uniform-" : "clustered-") + size)) {
                Path indexDir = home.path();
                try (PassageIndex index = new PassageIndex(indexDir)) {
                    SyntheticIndexBuild.Build earlier = home.earlierBuild().orElse(null);
                    SyntheticIndexBuild.Build build =
                            earlier != null ? builder.checked(index, earlier, size) : builder.build(index, size);
                    home.remember(build);
                    if (earlier != null) {
                        summary.put(size + ": build", "not in this run: the index an earlier run built and kept "
                                + "(bench.latencyIndexDir) was searched; its build figures follow");
                    }
                    summary.put(size + ": build seconds", build.seconds());
                    summary.put(size + ": build passages/s", build.rate());
                    summary.put(size + ": build passages/s over the last ~30 s", build.lastWindowRate());
                    if (!build.complete()) {
                        summary.put(size + ": build stopped", "after " + build.passages() + " passages, over the "
                                + buildLimitMinutes + " min limit; at this rate " + size + " would take about "
                                + Math.round(size / build.rate() / 60) + " min at the average rate, "
                                + Math.round((build.passages() / build.rate() + (size - build.passages())
                                / build.lastWindowRate()) / 60) + " min at the latest rate (both lower bounds: HNSW "
                                + "inserts and merges slow down as the graph grows)");
                        continue;
                    }
                    summary.put(size + ": index bytes on disk", directoryBytes(indexDir));
                    summary.put(size + ": segments", segments(indexDir));
                    summary.put(size + ": heap bytes used after GC, index open", heapAfterGc());
                    // other work on the machine slows searches (not recall): the build may run long before this
                    summary.put(size + ": load average before the searches",
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    rows.addAll(measure(index, corpus, size));
                    rows.addAll(levers.measure(index, size, KnnLevers.levers(HYBRID_DEPTH), queryVectors(corpus),
                            WARM_UP_QUERIES));
                }
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("sizes", sizes);
        parameters.put("seed", SEED);
        parameters.put("vocabulary", VOCABULARY);
        parameters.put("wordsPerPassage", PASSAGE_WORDS + " ± 25%, Zipf-like (weight 1/rank)");
        parameters.put("passagesPerDocument", PASSAGES_PER_DOCUMENT);
        parameters.put("dimensions", SyntheticCorpus.DIMENSIONS);
        parameters.put("vectors", uniform ? "independent uniform unit vectors (worst case for HNSW)"
                : ClusteredVectors.description(CLUSTER_TOPICS, CLUSTER_SUB_TOPICS, CLUSTER_STORIES)
                + " (as vector-quantization; -Dbench.latencyVectors=uniform for the worst case)");
        parameters.put("build", "PassageIndex.replace + commit, then pendingVectors/addVectors + commit, per "
                + SyntheticIndexBuild.BATCH + " passages, in the application's codec: " + PassageCodec.vectorsFormat() + ", 16 MB RAM buffer");
        parameters.put("queries", QUERIES + " timed after " + WARM_UP_QUERIES + " warm-up, 3-5 words, one thread");
        parameters.put("top", TOP);
        parameters.put("hybrid", "HybridSearch.search(q, NONE, 10) with a precomputed query vector: query "
                + "embedding not timed");
        parameters.put("buildLimitMinutes", buildLimitMinutes);
        parameters.put("kNN", "IndexSnapshot.nearest as Dossier searches (" + NearestSearch.DEFAULT + "); the kNN "
                + "lever rows search the same index other ways (NearestSearch), each with recall@10 against an exact "
                + "scan over every vector for the first " + RECALL_QUERIES + " query vectors");
        return new BenchResult(name(), "Retrieval latency: top-" + TOP + " over synthetic passages with "
                + SyntheticCorpus.DIMENSIONS + "-d vectors", parameters, rows, summary);
    }

    /** The vectors of the latency queries, in order. */
    private static float[][] queryVectors(SyntheticCorpus corpus) {
        float[][] vectors = new float[WARM_UP_QUERIES + QUERIES][];
        Arrays.setAll(vectors, corpus::queryVector);
        return vectors;
    }

    private List<BenchResult.Row> measure(PassageIndex index, SyntheticCorpus corpus, int size) {
        int total = WARM_UP_QUERIES + QUERIES;
        String[] queries = new String[total];
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < total; i++) {
            queries[i] = corpus.query(i);
            vectors.put(queries[i], corpus.queryVector(i));
        }
        HybridSearch hybrid = new HybridSearch(new LucenePassageSearch(index), new PrecomputedQueries(vectors, MODEL));
        List<BenchResult.Row> rows = new ArrayList<>();
        int[] hitCounts = new int[3];
        rows.add(time(size + " passages / BM25", total, i -> hitCounts[0] +=
                IndexReads.keyword(index, queries[i], TOP).size()));
        rows.add(time(size + " passages / kNN", total, i -> hitCounts[1] +=
                IndexReads.nearest(index, vectors.get(queries[i]), MODEL, TOP).size()));
        rows.add(time(size + " passages / hybrid", total, i -> hitCounts[2] +=
                hybrid.search(queries[i], SearchFilter.NONE, TOP).size()));
        // The two lists as deep as the hybrid search reads them (50), to see where hybrid time goes.
        rows.add(time(size + " passages / part of hybrid: BM25 top-50", total,
                i -> IndexReads.keyword(index, queries[i], HYBRID_DEPTH)));
        rows.add(time(size + " passages / part of hybrid: kNN top-50", total,
                i -> IndexReads.nearest(index, vectors.get(queries[i]), MODEL, HYBRID_DEPTH)));
        rows.add(time(size + " passages / part of hybrid: vectorCount", total,
                i -> IndexReads.vectorCount(index, MODEL)));
        rows.forEach(row -> System.err.println("[retrieval-latency] " + row.label() + " " + row.cells()));
        if (Arrays.stream(hitCounts).anyMatch(count -> count < total)) {
            throw new IllegalStateException("some queries found nothing: " + Arrays.toString(hitCounts));
        }
        return rows;
    }

    private static BenchResult.Row time(String label, int total, IntConsumer search) {
        return time(label, total, WARM_UP_QUERIES, search);
    }

    /** Runs the first {@code warmUps} searches untimed, then times the rest one by one. */
    static BenchResult.Row time(String label, int total, int warmUps, IntConsumer search) {
        for (int i = 0; i < warmUps; i++) {
            search.accept(i);
        }
        double[] millis = new double[total - warmUps];
        for (int i = warmUps; i < total; i++) {
            long started = System.nanoTime();
            search.accept(i);
            millis[i - warmUps] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("p50 ms", Metrics.percentile(millis, 0.50));
        cells.put("p95 ms", Metrics.percentile(millis, 0.95));
        cells.put("max ms", millis[millis.length - 1]);
        cells.put("mean ms", Arrays.stream(millis).average().orElseThrow());
        return new BenchResult.Row(label, cells);
    }

    private static long directoryBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static int segments(Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
