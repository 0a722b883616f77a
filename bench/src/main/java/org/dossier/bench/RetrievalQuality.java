package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.dossier.assistant.retrieve.HybridSearch;
import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.index.IndexedPassage;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.search.FusionWeights;
import org.dossier.indexer.internal.search.LucenePassageSearch;
import org.dossier.indexer.internal.search.VectorFeedback;

/**
 * How well Dossier finds relevant documents, on three classic test collections with relevance judgments
 * (Cranfield, CISI, Medline): BM25 alone, vectors alone (the bundled bge-small model) and Dossier's hybrid search,
 * each through Dossier's own classes (chunker, {@code PassageIndex}, the embedding stage, {@code HybridSearch}).
 * Each test document is one Dossier document, cut into passages by the chunker; a document ranks where its best
 * passage ranks. Rows labelled "variant" are experiments run in the benchmark, not what Dossier does.
 *
 * <p>nDCG@10 and recall@100 are averaged over the queries that have at least one relevant document.
 */
final class RetrievalQuality implements Benchmark {

    static final List<String> COLLECTIONS = List.of(
            System.getProperty("bench.collections", "cran,cisi,med").split(","));
    private static final int NDCG_DEPTH = 10;
    static final int DEPTH = 100;
    static final String EQUAL_WEIGHTS = "variant: hybrid with equal weights (Dossier before the length weights)";
    /** STACK.md, "Rough figures seen": Lucene BM25 with EnglishAnalyzer / bge-small-en-v1.5-q / RRF hybrid. */
    static final Map<String, double[]> REFERENCE = Map.of(
            "cran", new double[] {0.374, 0.401, 0.425},
            "cisi", new double[] {0.371, 0.395, 0.420},
            "med", new double[] {0.690, 0.816, 0.776});

    private final Path evalData;
    private final IndexerProperties properties = IndexerProperties.defaults();

    RetrievalQuality(Path evalData) {
        this.evalData = evalData;
    }

    /** With {@code bench.evalData} (default {@code ../shared/eval-data/ir}, from the project root). */
    static RetrievalQuality fromSystemProperties() {
        return new RetrievalQuality(Path.of(System.getProperty("bench.evalData", "../shared/eval-data/ir")));
    }

    @Override
    public String name() {
        return "retrieval-quality";
    }

    /** The three rankings of one query under every method, as document ids. */
    private record Method(String label, Function<String, List<Long>> ranking, double reference) {
    }

    /** What one collection measured. */
    record Measured(IrCollection collection, int passages, int judgedQueries, double indexSeconds,
                            double embedSeconds, List<BenchResult.Row> rows, Map<String, Double> ndcg,
                            Map<String, Map<String, RetrievalLevers.Score>> levers) {
    }

    @Override
    public BenchResult run() throws Exception {
        if (!Files.isDirectory(evalData)) {
            throw new IllegalStateException("no evaluation data at " + evalData.toAbsolutePath()
                    + ": set -Dbench.evalData to the folder holding cran/, cisi/ and med/");
        }
        List<Measured> measured = new ArrayList<>();
        try (TempFolder temp = TempFolder.create("dossier-bench-quality-")) {
            BundledEmbeddings embeddings = new BundledEmbeddings(temp.path().resolve("model-cache"));
            embeddings.embed(List.of("warm up")); // loads the model, outside any timing
            for (String name : COLLECTIONS) {
                Path dir = evalData.resolve(name);
                if (!Files.isDirectory(dir)) {
                    throw new IllegalStateException("collection folder missing: " + dir.toAbsolutePath());
                }
                measured.add(measure(name, dir, temp.path().resolve(name), embeddings));
            }
            return QualityReport.result(measured, embeddings.modelId(), evalData, properties);
        }
    }

    private Measured measure(String name, Path dir, Path work, BundledEmbeddings embeddings) throws Exception {
        long started = System.nanoTime();
        IrCollection collection = IrCollection.load(name, dir);
        Chunker chunker = new Chunker(properties.passageMaxChars(), properties.passageMinChars());
        try (PassageIndex index = new PassageIndex(work.resolve("index"));
             PassageIndex untitled = new PassageIndex(work.resolve("index-untitled"))) {
            List<IndexedPassage> all = CollectionIndexing.fill(index, collection, chunker, true);
            double indexSeconds = (System.nanoTime() - started) / 1e9;
            CollectionIndexing.fill(untitled, collection, chunker, false); // a variant, BM25 only: not timed
            try (DistinctTermsBm25 distinct = new DistinctTermsBm25(work.resolve("index"));
                 UnstemmedBm25 unstemmed = new UnstemmedBm25(work.resolve("index-unstemmed"), all);
                 Rm3Bm25 rm3 = new Rm3Bm25(work.resolve("index"))) {
                return measure(collection, index, untitled, distinct, unstemmed, rm3, all.size(), indexSeconds,
                        embeddings);
            }
        }
    }

    private Measured measure(IrCollection collection, PassageIndex index, PassageIndex untitled,
                             DistinctTermsBm25 distinct, UnstemmedBm25 unstemmed, Rm3Bm25 rm3, int passages,
                             double indexSeconds,
                             BundledEmbeddings embeddings) throws Exception {
        String name = collection.name();
        double embedSeconds = CollectionIndexing.embed(index, embeddings, properties);
        String model = embeddings.modelId();
        System.err.printf(Locale.ROOT, "[retrieval-quality] %s: %d documents, %d passages, indexed in %.1f s, "
                + "embedded in %.1f s%n", name, collection.documents().size(), passages, indexSeconds, embedSeconds);

        QueryVectors instructed = new QueryVectors(embeddings, true);
        QueryVectors plain = new QueryVectors(embeddings, false);
        LucenePassageSearch search = new LucenePassageSearch(index);
        HybridSearch hybrid = new HybridSearch(search, instructed);
        HybridSearch hybridPlain = new HybridSearch(search, plain);
        HybridSearch hybridEqual = new HybridSearch(new LucenePassageSearch(index, FusionWeights.EQUAL), instructed);
        Function<String, List<PassageHit>> keyword = q -> IndexReads.keyword(index, q, DEPTH);
        Function<String, List<PassageHit>> semantic =
                q -> IndexReads.nearest(index, instructed.embedQuery(q), model, DEPTH);
        double[] reference = REFERENCE.get(name);
        BiFunction<String, VectorFeedback, List<PassageHit>> fed = (q, feedback) -> HybridLists.withFeedback(
                index, instructed.embedQuery(q), model, keyword.apply(q), feedback, DEPTH);

        List<Method> methods = List.of(
                new Method("BM25", q -> DocumentFusion.documents(keyword.apply(q)), reference[0]),
                new Method("vectors", q -> DocumentFusion.documents(semantic.apply(q)), reference[1]),
                new Method("hybrid", q -> DocumentFusion.documents(hybrid.search(q, SearchFilter.NONE, DEPTH)),
                        reference[2]),
                new Method(EQUAL_WEIGHTS,
                        q -> DocumentFusion.documents(hybridEqual.search(q, SearchFilter.NONE, DEPTH)), Double.NaN),
                new Method("variant: BM25 without the title field",
                        q -> DocumentFusion.documents(IndexReads.keyword(untitled, q, DEPTH)), Double.NaN),
                new Method("variant: vectors, no query instruction", q -> DocumentFusion.documents(
                        IndexReads.nearest(index, plain.embedQuery(q), model, DEPTH)), Double.NaN),
                new Method("variant: hybrid, no query instruction",
                        q -> DocumentFusion.documents(hybridPlain.search(q, SearchFilter.NONE, DEPTH)), Double.NaN),
                new Method("variant: doc-level RRF, BM25 weight 0.5", q -> DocumentFusion.weightedRrf(
                        DocumentFusion.documents(keyword.apply(q)), DocumentFusion.documents(semantic.apply(q)),
                        0.5, DEPTH), Double.NaN),
                new Method("variant: doc-level RRF, BM25 weight 2", q -> DocumentFusion.weightedRrf(
                        DocumentFusion.documents(keyword.apply(q)), DocumentFusion.documents(semantic.apply(q)),
                        2.0, DEPTH), Double.NaN),
                new Method("variant: min-max score fusion 50/50",
                        q -> DocumentFusion.minMax(keyword.apply(q), semantic.apply(q), DEPTH), Double.NaN),
                new Method("variant: BM25 without English stemming", q -> unstemmed.search(q, DEPTH), Double.NaN),
                new Method("variant: doc-level RRF of unstemmed BM25 and vectors without feedback",
                        q -> DocumentFusion.weightedRrf(unstemmed.search(q, DEPTH),
                                DocumentFusion.documents(semantic.apply(q)), 1.0, DEPTH), Double.NaN),
                new Method("variant: BM25 counting each query word once",
                        q -> distinct.search(q, DEPTH), Double.NaN),
                new Method("variant: vectors with feedback where BM25 agrees (as hybrid uses them)",
                        q -> DocumentFusion.documents(fed.apply(q, VectorFeedback.DEFAULT)), Double.NaN),
                new Method("variant: vectors with feedback from the 2 nearest, agreed or not",
                        q -> DocumentFusion.documents(fed.apply(q,
                                new VectorFeedback(2, Integer.MAX_VALUE, 2, 1f))), Double.NaN),
                new Method("variant: doc-level RRF of BM25 and vectors with feedback from the 2 nearest",
                        q -> DocumentFusion.weightedRrf(DocumentFusion.documents(keyword.apply(q)),
                                DocumentFusion.documents(fed.apply(q,
                                        new VectorFeedback(2, Integer.MAX_VALUE, 2, 1f))),
                                1.0, DEPTH), Double.NaN),
                new Method("variant: doc-level RRF of BM25 and vectors without feedback",
                        q -> DocumentFusion.weightedRrf(DocumentFusion.documents(keyword.apply(q)),
                                DocumentFusion.documents(semantic.apply(q)), 1.0, DEPTH), Double.NaN),
                new Method("variant: doc-level RRF of once-counted BM25 and vectors without feedback",
                        q -> DocumentFusion.weightedRrf(distinct.search(q, DEPTH),
                                DocumentFusion.documents(semantic.apply(q)), 1.0, DEPTH), Double.NaN));

        List<Integer> judged = collection.judgments().judgedQueries().stream()
                .filter(collection.queries()::containsKey).toList();
        if (judged.size() != collection.judgments().judgedQueries().size()) {
            throw new IllegalStateException(name + ": judgments name queries that the query file does not have");
        }
        List<BenchResult.Row> rows = new ArrayList<>();
        Map<String, Double> ndcg = new LinkedHashMap<>();
        for (Method method : methods) {
            double[] graded = new double[judged.size()];
            double[] binary = new double[judged.size()];
            double[] recall = new double[judged.size()];
            for (int i = 0; i < judged.size(); i++) {
                int query = judged.get(i);
                List<Long> ranked = method.ranking().apply(collection.queries().get(query));
                graded[i] = Metrics.ndcg(ranked, collection.judgments().relevant(query), NDCG_DEPTH);
                binary[i] = Metrics.ndcg(ranked, collection.judgments().relevantBinary(query), NDCG_DEPTH);
                recall[i] = Metrics.recall(ranked, collection.judgments().relevant(query), DEPTH);
            }
            Map<String, Number> cells = new LinkedHashMap<>();
            cells.put("nDCG@10", Metrics.mean(graded));
            cells.put("recall@100", Metrics.mean(recall));
            cells.put("nDCG@10 binary", Metrics.mean(binary));
            if (!Double.isNaN(method.reference())) {
                cells.put("reference nDCG@10", method.reference());
            }
            rows.add(new BenchResult.Row(name + " / " + method.label(), cells));
            ndcg.put(method.label(), Metrics.mean(graded));
        }
        RetrievalLevers levers = HybridLists.levers(collection, judged, index, rm3, keyword, instructed, model, DEPTH);
        RetrievalLevers.Score leverHybrid = levers.hybrid();
        RetrievalLevers.Score rm3Alone = levers.rm3Alone();
        rows.add(scoreRow(name + " / variant: BM25 with RM3 (" + Rm3Bm25.Parameters.ANSERINI + ")", rm3Alone));
        rows.add(scoreRow(name + " / levers' start: the hybrid rebuilt from its two lists", leverHybrid));
        return new Measured(collection, passages, judged.size(), indexSeconds, embedSeconds, rows, ndcg,
                levers.measure());
    }

    private static BenchResult.Row scoreRow(String label, RetrievalLevers.Score score) {
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("nDCG@10", score.ndcg());
        cells.put("recall@100", score.recall());
        return new BenchResult.Row(label, cells);
    }
}
