package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;
import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.chunk.Passage;
import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.index.PassageCodec;

/**
 * Which vector format PassageIndex should write: Lucene 10.6's float32 HNSW (its default) against HNSW over
 * quantized vectors (optimized scalar quantization at 8, 7, 4, 2 and 1 bits), on recall@10 against an exact scan,
 * top-10 latency, size on disk and what the search reads, which is what must sit in the page cache for searches
 * to be fast. Two sets of vectors: real bge-small embeddings of one classic IR collection's passages with its
 * queries (nDCG@10 too), and 100k synthetic clustered vectors ({@link ClusteredVectors}).
 *
 * <p>Each format gets its own index of bare passages (vector, embedding-model keyword, number), written through
 * {@link PassageCodec#withVectorsFormat} as PassageIndex writes, committed as often as Dossier commits, and searched
 * as PassageIndex searches: a {@code KnnFloatVectorQuery} filtered on the model. Compound files are off so that
 * every file's size shows by extension. Rows "+ rescore" are a variant, not what PassageIndex does: the quantized
 * search oversampled then rescored on the float vectors ({@code RescoreTopNQuery}).
 */
final class VectorQuantization implements Benchmark {

    private static final long SEED = 20_260_301L;
    private static final int TOP = 10;
    /** How deep retrieval-quality reads the vector list, so that nDCG@10 here compares with its "vectors" row. */
    private static final int NDCG_READ_DEPTH = 100;
    /** The "+ rescore" variant asks the quantized search for this many times the hits, then rescores on floats. */
    private static final int OVERSAMPLE = 5;
    private static final int SYNTHETIC_QUERIES = 200;
    private static final int TIMED_ROUNDS = 3;
    private static final int SYNTHETIC_TOPICS = 100;
    private static final int SYNTHETIC_SUB_TOPICS = 20;
    private static final int SYNTHETIC_STORIES = 10;
    /** Synthetic vectors committed per batch, as retrieval-latency does: a bulk load. */
    private static final int SYNTHETIC_COMMIT_EVERY = 10_000;
    private static final int PAIRS_FOR_STATS = 2_000;
    private static final String FIELD = "vector";
    private static final String MODEL_FIELD = "vector_model";
    private static final String MODEL = "model";
    private static final String NUMBER = "n";
    private static final double MB = 1e6;

    /** One vector format under test. */
    private record Candidate(String label, KnnVectorsFormat format, boolean quantized) {
    }

    /**
     * Vectors to compare on. For a real collection, {@code documentOf} gives each passage's document and
     * {@code gains} each query's judged documents; both are null for synthetic vectors.
     */
    private record VectorSet(String name, float[][] passages, float[][] queries, int commitEvery,
                             long[] documentOf, List<Map<Long, Integer>> gains) {

        boolean judged() {
            return gains != null;
        }
    }

    /** What one search pass gave: per query, the passage numbers found (best first) and the milliseconds taken. */
    private record Pass(int[][] found, double[] millis) {
    }

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

    private static List<Candidate> candidates() {
        int m = Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN;
        int beam = Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH;
        return List.of(
                new Candidate("float32", new Lucene99HnswVectorsFormat(m, beam), false),
                new Candidate("int8 OSQ", new Lucene104HnswScalarQuantizedVectorsFormat(
                        ScalarEncoding.UNSIGNED_BYTE, m, beam), true),
                new Candidate("int7 OSQ", new Lucene104HnswScalarQuantizedVectorsFormat(
                        ScalarEncoding.SEVEN_BIT, m, beam), true),
                new Candidate("int4 OSQ", new Lucene104HnswScalarQuantizedVectorsFormat(
                        ScalarEncoding.PACKED_NIBBLE, m, beam), true),
                new Candidate("2-bit OSQ", new Lucene104HnswScalarQuantizedVectorsFormat(
                        ScalarEncoding.DIBIT_QUERY_NIBBLE, m, beam), true),
                new Candidate("1-bit OSQ", new Lucene104HnswScalarQuantizedVectorsFormat(
                        ScalarEncoding.SINGLE_BIT_QUERY_NIBBLE, m, beam), true));
    }

    @Override
    public BenchResult run() throws Exception {
        List<BenchResult.Row> rows = new ArrayList<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        List<String> models = new ArrayList<>();
        try (TempFolder temp = TempFolder.create("dossier-bench-quant-")) {
            List<VectorSet> sets = List.of(realSet(temp.path(), models), syntheticSet());
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
        parameters.put("synthetic", syntheticSize + " vectors, " + SYNTHETIC_QUERIES + " queries: "
                + ClusteredVectors.description(SYNTHETIC_TOPICS, SYNTHETIC_SUB_TOPICS, SYNTHETIC_STORIES)
                + "; committed every " + SYNTHETIC_COMMIT_EVERY);
        parameters.put("seed", SEED);
        parameters.put("formats", candidates().stream().map(c -> c.label() + " = " + c.format()).toList());
        parameters.put("similarity", "DOT_PRODUCT on unit vectors, as PassageIndex");
        parameters.put("search", "KnnFloatVectorQuery k=" + TOP + " filtered on the model keyword, one thread; "
                + "every query once untimed, then " + TIMED_ROUNDS + " times timed, its fastest kept; "
                + "recall@10 = share of the exact float top-10 found");
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

    private VectorSet realSet(Path temp, List<String> models) throws IOException {
        Path dir = evalData.resolve(collection);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no evaluation data at " + dir.toAbsolutePath()
                    + ": set -Dbench.evalData to the folder holding " + collection + "/");
        }
        IrCollection ir = IrCollection.load(collection, dir);
        Chunker chunker = new Chunker(properties.passageMaxChars(), properties.passageMinChars());
        List<String> texts = new ArrayList<>();
        List<Long> documents = new ArrayList<>();
        for (IrCollection.Document document : ir.documents()) {
            ExtractedPart part = new ExtractedPart("", "text/plain", document.title(), null, null, null,
                    document.text(), List.of(), List.of(), false, null);
            for (Passage passage : chunker.split(part)) {
                texts.add(passage.text());
                documents.add(document.id());
            }
        }
        BundledEmbeddings embeddings = new BundledEmbeddings(temp.resolve("model-cache"));
        models.add(embeddings.modelId());
        long started = System.nanoTime();
        float[][] passages = new float[texts.size()][];
        int batch = properties.embeddingBatch();
        for (int from = 0; from < texts.size(); from += batch) {
            List<float[]> vectors = embeddings.embed(texts.subList(from, Math.min(texts.size(), from + batch)));
            for (int i = 0; i < vectors.size(); i++) {
                passages[from + i] = vectors.get(i);
            }
        }
        List<Integer> judged = ir.judgments().judgedQueries().stream().filter(ir.queries()::containsKey).toList();
        float[][] queries = new float[judged.size()][];
        List<Map<Long, Integer>> gains = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            queries[i] = embeddings.embedQuery(ir.queries().get(judged.get(i)));
            gains.add(ir.judgments().relevant(judged.get(i)));
        }
        System.err.printf(Locale.ROOT, "[vector-quantization] %s: %d passages and %d queries embedded in %.0f s%n",
                collection, passages.length, queries.length, (System.nanoTime() - started) / 1e9);
        return new VectorSet(collection, passages, queries, batch,
                documents.stream().mapToLong(Long::longValue).toArray(), gains);
    }

    private VectorSet syntheticSet() {
        ClusteredVectors vectors = new ClusteredVectors(SEED, SyntheticCorpus.DIMENSIONS, SYNTHETIC_TOPICS,
                SYNTHETIC_SUB_TOPICS, SYNTHETIC_STORIES);
        float[][] passages = new float[syntheticSize][];
        Arrays.setAll(passages, vectors::passage);
        float[][] queries = new float[SYNTHETIC_QUERIES][];
        Arrays.setAll(queries, vectors::query);
        return new VectorSet("synthetic " + syntheticSize, passages, queries, SYNTHETIC_COMMIT_EVERY, null, null);
    }

    private void measure(VectorSet set, Path temp, List<BenchResult.Row> rows, Map<String, Object> summary)
            throws IOException {
        int depth = set.judged() ? NDCG_READ_DEPTH : TOP;
        int[][] exact = new int[set.queries().length][];
        Arrays.setAll(exact, q -> exactTop(set.passages(), set.queries()[q], depth));
        summary.put(set.name() + ": vectors / queries", List.of(set.passages().length, set.queries().length));
        summary.put(set.name() + ": mean cosine of random pairs / query to its best / to its 10th best",
                cosineFigures(set, exact));
        if (set.judged()) {
            Map<String, Number> cells = new LinkedHashMap<>();
            cells.put("recall@10", 1.0);
            cells.put("nDCG@10", Metrics.mean(ndcg(set, exact)));
            rows.add(new BenchResult.Row(set.name() + " / exact float scan", cells));
        }
        Map<String, Number> baseline = null;
        double[] baselineNdcg = null;
        for (Candidate candidate : candidates()) {
            Path dir = temp.resolve(set.name().replace(' ', '-') + "-" + candidate.label().replace(' ', '-'));
            long started = System.nanoTime();
            build(dir, candidate.format(), set);
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            Map<String, Long> onDisk = bytesByExtension(dir);
            String prefix = set.name() + " / " + candidate.label();
            try (FSDirectory directory = FSDirectory.open(dir);
                 DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Pass plain = timed(searcher, q -> knn(set.queries()[q], TOP), set.queries().length);
                Map<String, Long> read = pagesRead(dir, q -> knn(set.queries()[q], TOP), set.queries().length);
                Map<String, Number> cells = new LinkedHashMap<>();
                cells.put("recall@10", recall(plain.found(), exact));
                cells.put("recall vs float32", Double.NaN);
                if (set.judged()) {
                    double[] ndcg = ndcg(set, untimed(searcher, q -> knn(set.queries()[q], NDCG_READ_DEPTH),
                            set.queries().length, NDCG_READ_DEPTH));
                    cells.put("nDCG@10", Metrics.mean(ndcg));
                    if (baselineNdcg == null) {
                        baselineNdcg = ndcg;
                    } else {
                        summary.put(prefix + ": nDCG@10 minus float32's, paired standard error",
                                pairedDifference(ndcg, baselineNdcg));
                    }
                }
                latency(cells, plain.millis());
                long vectorFiles = vectorBytes(onDisk);
                long readFiles = onDisk.entrySet().stream().filter(e -> isVectorFile(e.getKey()))
                        .filter(e -> read.getOrDefault(e.getKey(), 0L) > 0).mapToLong(Map.Entry::getValue).sum();
                cells.put("index MB", onDisk.values().stream().mapToLong(Long::longValue).sum() / MB);
                cells.put("vector files MB", vectorFiles / MB);
                cells.put("read by search MB", readFiles / MB);
                cells.put("read vs float32", Double.NaN);
                cells.put("pages read MB", vectorBytes(read) / MB);
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
                summary.put(prefix + ": vector bytes on disk by extension", vectorFilesOnly(onDisk));
                summary.put(prefix + ": vector bytes off-heap, as Lucene reports them", offHeapBytes(reader));
                summary.put(prefix + ": vector pages read by the top-10 queries, bytes", vectorFilesOnly(read));

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
        IntFunction<Query> query = q -> rescore(set.queries()[q], OVERSAMPLE * TOP, TOP);
        Pass pass = timed(searcher, query, set.queries().length);
        Map<String, Long> read = pagesRead(dir, query, set.queries().length);
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("recall@10", recall(pass.found(), exact));
        cells.put("recall vs float32", recall(pass.found(), exact) / baseline.get("recall@10").doubleValue());
        if (set.judged()) {
            double[] ndcg = ndcg(set, untimed(searcher,
                    q -> rescore(set.queries()[q], NDCG_READ_DEPTH, NDCG_READ_DEPTH), set.queries().length,
                    NDCG_READ_DEPTH));
            cells.put("nDCG@10", Metrics.mean(ndcg));
            summary.put(prefix + " + rescore: nDCG@10 minus float32's, paired standard error",
                    pairedDifference(ndcg, baselineNdcg));
        }
        latency(cells, pass.millis());
        cells.put("pages read MB", vectorBytes(read) / MB);
        System.err.println("[vector-quantization] " + prefix + " + rescore " + cells);
        return new BenchResult.Row(prefix + " + rescore (variant)", cells);
    }

    private static Query knn(float[] vector, int k) {
        return new KnnFloatVectorQuery(FIELD, vector, k, new TermQuery(new Term(MODEL_FIELD, MODEL)));
    }

    private static Query rescore(float[] vector, int candidates, int keep) {
        return RescoreTopNQuery.createFullPrecisionRescorerQuery(knn(vector, candidates), vector, FIELD, keep);
    }

    /** Writes the set's vectors in the given format, committing as often as the set says. */
    private static void build(Path dir, KnnVectorsFormat format, VectorSet set) throws IOException {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0);
        IndexWriterConfig config = new IndexWriterConfig()
                .setCodec(PassageCodec.withVectorsFormat(format))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setUseCompoundFile(false)
                .setMergePolicy(merges);
        try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            for (int n = 0; n < set.passages().length; n++) {
                Document doc = new Document();
                doc.add(new KnnFloatVectorField(FIELD, set.passages()[n], VectorSimilarityFunction.DOT_PRODUCT));
                doc.add(new StringField(MODEL_FIELD, MODEL, Field.Store.NO));
                doc.add(new StoredField(NUMBER, n));
                writer.addDocument(doc);
                if ((n + 1) % set.commitEvery() == 0) {
                    writer.commit();
                }
            }
            writer.commit();
        }
    }

    /**
     * Runs every query once untimed (JIT, page cache), then {@link #TIMED_ROUNDS} times timed, keeping each
     * query's fastest time: on a shared machine the slower runs measure the neighbours, not the search.
     */
    private static Pass timed(IndexSearcher searcher, IntFunction<Query> query, int queries) throws IOException {
        untimed(searcher, query, queries, TOP);
        int[][] found = new int[queries][];
        double[] millis = new double[queries];
        Arrays.fill(millis, Double.POSITIVE_INFINITY);
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (int q = 0; q < queries; q++) {
                Query built = query.apply(q);
                long started = System.nanoTime();
                ScoreDoc[] hits = searcher.search(built, TOP).scoreDocs;
                millis[q] = Math.min(millis[q], (System.nanoTime() - started) / 1e6);
                found[q] = numbers(searcher, hits);
            }
        }
        return new Pass(found, millis);
    }

    private static int[][] untimed(IndexSearcher searcher, IntFunction<Query> query, int queries, int depth)
            throws IOException {
        int[][] found = new int[queries][];
        for (int q = 0; q < queries; q++) {
            found[q] = numbers(searcher, searcher.search(query.apply(q), depth).scoreDocs);
        }
        return found;
    }

    private static int[] numbers(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] numbers = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            numbers[i] = stored.document(hits[i].doc).getField(NUMBER).numericValue().intValue();
        }
        return numbers;
    }

    /** The queries run once more on a reader that records the pages it reads (after opening: that is not search). */
    private static Map<String, Long> pagesRead(Path dir, IntFunction<Query> query, int queries) throws IOException {
        try (ReadTrackingDirectory tracking = new ReadTrackingDirectory(FSDirectory.open(dir));
             DirectoryReader reader = DirectoryReader.open(tracking)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            tracking.reset();
            for (int q = 0; q < queries; q++) {
                searcher.search(query.apply(q), TOP);
            }
            return tracking.pagesReadByExtension();
        }
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

    /** nDCG@10 of each query, its documents ranked by their best passage. */
    private static double[] ndcg(VectorSet set, int[][] found) {
        double[] values = new double[found.length];
        for (int q = 0; q < found.length; q++) {
            LinkedHashSet<Long> documents = new LinkedHashSet<>();
            for (int passage : found[q]) {
                documents.add(set.documentOf()[passage]);
            }
            values[q] = Metrics.ndcg(List.copyOf(documents), set.gains().get(q), TOP);
        }
        return values;
    }

    /**
     * Mean per-query difference and its standard error: whether a format's nDCG differs from float32's by more
     * than the queries' spread explains.
     */
    private static List<Double> pairedDifference(double[] values, double[] baseline) {
        double[] differences = new double[values.length];
        Arrays.setAll(differences, q -> values[q] - baseline[q]);
        double mean = Metrics.mean(differences);
        double squares = Arrays.stream(differences).map(d -> (d - mean) * (d - mean)).sum();
        return List.of(mean, Math.sqrt(squares / (values.length - 1) / values.length));
    }

    /** The {@code k} passages with the highest dot product with the query, best first. */
    private static int[] exactTop(float[][] passages, float[] query, int k) {
        int[] ids = new int[k];
        float[] scores = new float[k];
        Arrays.fill(ids, -1);
        Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        for (int n = 0; n < passages.length; n++) {
            float score = VectorUtil.dotProduct(query, passages[n]);
            if (score <= scores[k - 1]) {
                continue;
            }
            int at = k - 1;
            while (at > 0 && scores[at - 1] < score) {
                scores[at] = scores[at - 1];
                ids[at] = ids[at - 1];
                at--;
            }
            scores[at] = score;
            ids[at] = n;
        }
        return ids;
    }

    /** How the set is shaped: mean cosine of random passage pairs, of each query to its best and its 10th best. */
    private static List<Double> cosineFigures(VectorSet set, int[][] exact) {
        SplittableRandom random = new SplittableRandom(SEED);
        double pairs = 0;
        for (int i = 0; i < PAIRS_FOR_STATS; i++) {
            pairs += VectorUtil.dotProduct(set.passages()[random.nextInt(set.passages().length)],
                    set.passages()[random.nextInt(set.passages().length)]);
        }
        double best = 0;
        double tenth = 0;
        for (int q = 0; q < exact.length; q++) {
            best += VectorUtil.dotProduct(set.queries()[q], set.passages()[exact[q][0]]);
            tenth += VectorUtil.dotProduct(set.queries()[q], set.passages()[exact[q][TOP - 1]]);
        }
        return List.of(pairs / PAIRS_FOR_STATS, best / exact.length, tenth / exact.length);
    }

    private static Map<String, Long> bytesByExtension(Path dir) throws IOException {
        Map<String, Long> bytes = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes.merge(ReadTrackingDirectory.extension(file.getFileName().toString()), Files.size(file),
                        Long::sum);
            }
        }
        return bytes;
    }

    /** Lucene's own account of the off-heap bytes behind the vector field, merged over segments. */
    private static Map<String, Long> offHeapBytes(DirectoryReader reader) {
        Map<String, Long> bytes = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            CodecReader codecReader = (CodecReader) leaf.reader();
            FieldInfo field = codecReader.getFieldInfos().fieldInfo(FIELD);
            KnnVectorsReader vectors = codecReader.getVectorReader();
            if (field != null && vectors != null) {
                vectors.getOffHeapByteSize(field).forEach((extension, size) -> bytes.merge(extension, size, Long::sum));
            }
        }
        return bytes;
    }

    /** Vector data, graph and their metadata: {@code vec}, {@code vex}, {@code veq}, {@code vem}, {@code vemf}... */
    private static boolean isVectorFile(String extension) {
        return extension.startsWith("ve");
    }

    private static Map<String, Long> vectorFilesOnly(Map<String, Long> byExtension) {
        Map<String, Long> vectors = new TreeMap<>();
        byExtension.forEach((extension, bytes) -> {
            if (isVectorFile(extension)) {
                vectors.put(extension, bytes);
            }
        });
        return vectors;
    }

    private static long vectorBytes(Map<String, Long> byExtension) {
        return vectorFilesOnly(byExtension).values().stream().mapToLong(Long::longValue).sum();
    }
}
