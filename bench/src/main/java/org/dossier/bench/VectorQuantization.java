package org.dossier.bench;

import static org.dossier.bench.VectorFormatIndex.TOP;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.index.PassageCodec;

/**
 * Which vector format PassageIndex should write: Lucene 10.6's float32 HNSW (its default) against HNSW over
 * quantized vectors (optimized scalar quantization at 8, 7, 4, 2 and 1 bits), on recall@10 against an exact scan,
 * top-10 latency, size on disk and what the search reads, which is what must sit in the page cache for searches
 * to be fast. Two sets of vectors ({@link VectorSet}): real bge-small embeddings of one classic IR collection's
 * passages with its queries (nDCG@10 too), and 100k synthetic clustered vectors ({@link ClusteredVectors}).
 *
 * <p>Each format ({@link VectorFormatCandidate}) gets its own index ({@link VectorFormatIndex}), committed as often
 * as Dossier commits; {@link VectorFiles} reads what it costs on disk. Rows "+ rescore" are a variant, not what
 * PassageIndex does: the quantized search oversampled then rescored on the float vectors
 * ({@code RescoreTopNQuery}).
 */
final class VectorQuantization implements Benchmark {

    private static final long SEED = 20_260_301L;
    /** How deep retrieval-quality reads the vector list, so that nDCG@10 here compares with its "vectors" row. */
    private static final int NDCG_READ_DEPTH = 100;
    /** The "+ rescore" variant asks the quantized search for this many times the hits, then rescores on floats. */
    private static final int OVERSAMPLE = 5;
    private static final double MB = 1e6;

    private final Path evalData;
    private final String collection;
    private final int syntheticSize;
    private final IndexerProperties properties = IndexerProperties.defaults();

    VectorQuantization(Path evalData, String collection, int syntheticSize) {
        this.evalData = evalData;
        this.collection = collection;
        this.syntheticSize = syntheticSize;
    }

    /** {@code bench.evalData}, {@code bench.quantCollection} (default cran), {@code bench.quantSize} (100000). */
    static VectorQuantization fromSystemProperties() {
        return new VectorQuantization(Path.of(System.getProperty("bench.evalData", "../shared/eval-data/ir")),
                System.getProperty("bench.quantCollection", "cran"), Integer.getInteger("bench.quantSize", 100_000));
    }

    @Override
    public String name() {
        return "vector-quantization";
    }

    @Override
    public BenchResult run() throws Exception {
        List<BenchResult.Row> rows = new ArrayList<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        List<String> models = new ArrayList<>();
        try (TempFolder temp = TempFolder.create("dossier-bench-quant-")) {
            List<VectorSet> sets = List.of(VectorSet.real(evalData, collection, properties, temp.path(), models),
                    VectorSet.synthetic(SEED, syntheticSize));
            for (VectorSet set : sets) {
                measure(set, temp.path(), rows, summary);
            }
        }
        summary.put("PassageIndex writes", PassageCodec.vectorsFormat().toString());
        return new BenchResult(name(), "Vector formats: recall@10 vs exact scan, top-10 latency, bytes on disk and "
                + "read by search (ratios against float32 of the same set)", parameters(models), rows, summary);
    }

    private Map<String, Object> parameters(List<String> models) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("real", collection + " passages (Chunker " + properties.passageMaxChars() + "/"
                + properties.passageMinChars() + ") embedded by " + models + ", judged queries with bge's query "
                + "instruction; committed every " + properties.embeddingBatch() + " passages as EmbeddingStage does");
        parameters.put("synthetic", syntheticSize + " vectors, " + VectorSet.SYNTHETIC_QUERIES + " queries: "
                + ClusteredVectors.description(VectorSet.SYNTHETIC_TOPICS, VectorSet.SYNTHETIC_SUB_TOPICS,
                VectorSet.SYNTHETIC_STORIES) + "; committed every " + VectorSet.SYNTHETIC_COMMIT_EVERY);
        parameters.put("seed", SEED);
        parameters.put("formats", VectorFormatCandidate.all().stream().map(c -> c.label() + " = " + c.format())
                .toList());
        parameters.put("similarity", "DOT_PRODUCT on unit vectors, as PassageIndex");
        parameters.put("search", "KnnFloatVectorQuery k=" + TOP + " filtered on the model keyword, one thread; "
                + "every query once untimed, then " + VectorFormatIndex.TIMED_ROUNDS + " times timed, its fastest "
                + "kept; recall@10 = share of the exact float top-10 found");
        parameters.put("nDCG@10", "k=" + NDCG_READ_DEPTH + ", passages to documents (best passage), as "
                + "retrieval-quality's vectors row; exact = brute-force float scan");
        parameters.put("rescore variant", "KnnFloatVectorQuery k=" + OVERSAMPLE * TOP + " (k=" + NDCG_READ_DEPTH
                + " for nDCG) then RescoreTopNQuery.createFullPrecisionRescorerQuery to " + TOP + ": not what "
                + "PassageIndex does");
        parameters.put("vector files", "extensions ve* (vec raw floats, vex graph, veq quantized, vem* metadata), "
                + "summed over segments; compound files off");
        parameters.put("read by search", "size of the vector files that the top-" + TOP + " queries read at all "
                + "(all of such a file ends up in the page cache as queries vary); pages read = distinct 4 KiB "
                + "pages the queries of this run touched");
        return parameters;
    }

    private void measure(VectorSet set, Path temp, List<BenchResult.Row> rows, Map<String, Object> summary)
            throws IOException {
        int[][] exact = set.exactTop(set.judged() ? NDCG_READ_DEPTH : TOP);
        summary.put(set.name() + ": vectors / queries", List.of(set.passages().length, set.queries().length));
        summary.put(set.name() + ": mean cosine of random pairs / query to its best / to its 10th best",
                set.cosineFigures(exact, SEED, TOP));
        if (set.judged()) {
            Map<String, Number> cells = new LinkedHashMap<>();
            cells.put("recall@10", 1.0);
            cells.put("nDCG@10", Metrics.mean(set.ndcg(exact, TOP)));
            rows.add(new BenchResult.Row(set.name() + " / exact float scan", cells));
        }
        Map<String, Number> baseline = null;
        double[] baselineNdcg = null;
        for (VectorFormatCandidate candidate : VectorFormatCandidate.all()) {
            Path dir = temp.resolve(set.name().replace(' ', '-') + "-" + candidate.label().replace(' ', '-'));
            long started = System.nanoTime();
            VectorFormatIndex.build(dir, candidate.format(), set);
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            Map<String, Long> onDisk = VectorFiles.bytesByExtension(dir);
            String prefix = set.name() + " / " + candidate.label();
            try (FSDirectory directory = FSDirectory.open(dir);
                 DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                IntFunction<Query> knn = q -> VectorFormatIndex.knn(set.queries()[q], TOP);
                VectorFormatIndex.Pass plain = VectorFormatIndex.timed(searcher, knn, set.queries().length);
                Map<String, Long> read = VectorFormatIndex.pagesRead(dir, knn, set.queries().length);
                Map<String, Number> cells = new LinkedHashMap<>();
                cells.put("recall@10", recall(plain.found(), exact));
                cells.put("recall vs float32", Double.NaN);
                if (set.judged()) {
                    double[] ndcg = ndcg(set, searcher, q -> VectorFormatIndex.knn(set.queries()[q],
                            NDCG_READ_DEPTH));
                    cells.put("nDCG@10", Metrics.mean(ndcg));
                    if (baselineNdcg == null) {
                        baselineNdcg = ndcg;
                    } else {
                        summary.put(prefix + ": nDCG@10 minus float32's, paired standard error",
                                Metrics.pairedDifference(ndcg, baselineNdcg));
                    }
                }
                latency(cells, plain.millis());
                cells.put("index MB", onDisk.values().stream().mapToLong(Long::longValue).sum() / MB);
                cells.put("vector files MB", VectorFiles.vectorBytes(onDisk) / MB);
                cells.put("read by search MB", VectorFiles.vectorFilesRead(onDisk, read) / MB);
                cells.put("read vs float32", Double.NaN);
                cells.put("pages read MB", VectorFiles.vectorBytes(read) / MB);
                cells.put("build s", buildSeconds);
                if (baseline == null) {
                    baseline = cells;
                }
                cells.put("recall vs float32", cells.get("recall@10").doubleValue()
                        / baseline.get("recall@10").doubleValue());
                cells.put("read vs float32", cells.get("read by search MB").doubleValue()
                        / baseline.get("read by search MB").doubleValue());
                rows.add(new BenchResult.Row(prefix, cells));
                System.err.println("[vector-quantization] " + prefix + " " + cells);

                summary.put(prefix + ": segments", reader.leaves().size());
                summary.put(prefix + ": vector bytes on disk by extension", VectorFiles.vectorFilesOnly(onDisk));
                summary.put(prefix + ": vector bytes off-heap, as Lucene reports them",
                        VectorFiles.offHeapBytes(reader, VectorFormatIndex.FIELD));
                summary.put(prefix + ": vector pages read by the top-10 queries, bytes",
                        VectorFiles.vectorFilesOnly(read));

                if (candidate.quantized()) {
                    rows.add(rescored(set, searcher, dir, exact, prefix, baseline, baselineNdcg, summary));
                }
            }
        }
    }

    /** The "+ rescore" variant over the same index: oversampled quantized search, rescored on the floats. */
    private BenchResult.Row rescored(VectorSet set, IndexSearcher searcher, Path dir, int[][] exact, String prefix,
                                     Map<String, Number> baseline, double[] baselineNdcg,
                                     Map<String, Object> summary) throws IOException {
        IntFunction<Query> query = q -> VectorFormatIndex.rescore(set.queries()[q], OVERSAMPLE * TOP, TOP);
        VectorFormatIndex.Pass pass = VectorFormatIndex.timed(searcher, query, set.queries().length);
        Map<String, Long> read = VectorFormatIndex.pagesRead(dir, query, set.queries().length);
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("recall@10", recall(pass.found(), exact));
        cells.put("recall vs float32", recall(pass.found(), exact) / baseline.get("recall@10").doubleValue());
        if (set.judged()) {
            double[] ndcg = ndcg(set, searcher,
                    q -> VectorFormatIndex.rescore(set.queries()[q], NDCG_READ_DEPTH, NDCG_READ_DEPTH));
            cells.put("nDCG@10", Metrics.mean(ndcg));
            summary.put(prefix + " + rescore: nDCG@10 minus float32's, paired standard error",
                    Metrics.pairedDifference(ndcg, baselineNdcg));
        }
        latency(cells, pass.millis());
        cells.put("pages read MB", VectorFiles.vectorBytes(read) / MB);
        System.err.println("[vector-quantization] " + prefix + " + rescore " + cells);
        return new BenchResult.Row(prefix + " + rescore (variant)", cells);
    }

    /** nDCG@10 of each query, over the passages the search finds {@link #NDCG_READ_DEPTH} deep. */
    private static double[] ndcg(VectorSet set, IndexSearcher searcher, IntFunction<Query> query)
            throws IOException {
        return set.ndcg(VectorFormatIndex.untimed(searcher, query, set.queries().length, NDCG_READ_DEPTH), TOP);
    }

    private static void latency(Map<String, Number> cells, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        cells.put("p50 ms", Metrics.percentile(sorted, 0.50));
        cells.put("p95 ms", Metrics.percentile(sorted, 0.95));
    }

    /** Share of the exact top-10 (float32 dot product over every vector) that a search found in its top 10. */
    private static double recall(int[][] found, int[][] exact) {
        return Metrics.recallAgainstExact(asLongs(found), asLongs(exact), TOP);
    }

    private static long[][] asLongs(int[][] ids) {
        return Arrays.stream(ids).map(row -> Arrays.stream(row).asLongStream().toArray()).toArray(long[][]::new);
    }
}
