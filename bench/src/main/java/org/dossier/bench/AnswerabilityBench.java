package org.dossier.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dossier.assistant.AssistantProperties;
import org.dossier.assistant.answer.Answerability;
import org.dossier.assistant.answer.Evidence;
import org.dossier.assistant.answer.EvidenceReader;
import org.dossier.assistant.answer.PromptTemplates;
import org.dossier.assistant.answer.SourceDiversity;
import org.dossier.assistant.retrieve.HybridSearch;
import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.DossierAnalyzer;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.search.LucenePassageSearch;

/**
 * Whether Dossier asks the model, and what the model would read, on Cranfield, CISI and Medline. Every judged query
 * of these collections has relevant documents, so refusing one is a false refusal; the same queries against another
 * collection's index (Medline's medicine against Cranfield's aerodynamics) have nothing there, and should be
 * refused. The decision runs before any model: no model is needed to measure it.
 *
 * <p>For each collection's own queries, it also measures which judged-relevant documents reach the model: among the
 * passages an answer gets from the assistant's candidates, ordered for source diversity and cut to a 16k-token
 * context (tokens estimated at 4 characters each; no tokenizer runs here), against the 5 passages answers had
 * before. And nDCG@10 of the hybrid search, read to depth 100 as {@code retrieval-quality} reads it, to show the
 * ranking itself unchanged.
 */
final class AnswerabilityBench implements Benchmark {

    private static final int CONTEXT_TOKENS = 16_384;
    private static final int ANSWER_TOKENS = 1024;
    private static final int CHARS_PER_TOKEN = 4;
    /** What answers had before: {@code answer-passages: 5}, and the first passage's coverage at 0.5. */
    private static final int OLD_PASSAGES = 5;
    private static final double OLD_COVERAGE = 0.5;

    private final Path evalData;
    private final IndexerProperties properties = IndexerProperties.defaults();
    private final DossierAnalyzer analyzer = new DossierAnalyzer();

    AnswerabilityBench(Path evalData) {
        this.evalData = evalData;
    }

    static AnswerabilityBench fromSystemProperties() {
        return new AnswerabilityBench(Path.of(System.getProperty("bench.evalData", "../shared/eval-data/ir")));
    }

    @Override
    public String name() {
        return "answerability";
    }

    /** One collection indexed and embedded, searched as the assistant searches. */
    private record Indexed(IrCollection collection, PassageIndex index, HybridSearch search) {
    }

    @Override
    public BenchResult run() throws Exception {
        AssistantProperties assistant = AssistantProperties.defaults();
        Answerability.Rule rule = assistant.answerabilityRule();
        int candidates = assistant.answerCandidates();
        int perDocument = assistant.passagesPerDocument();
        EvidenceReader reader = new EvidenceReader(analyzer, Answerability.Rule.BEST_FEW);
        SourceDiversity diversity = new SourceDiversity(perDocument);
        PromptTemplates prompts = PromptTemplates.load(null);
        int budget = CONTEXT_TOKENS - ANSWER_TOKENS - tokens(prompts.system()) - tokens(prompts.answer());
        // every query's measures, to study a rule without running the benchmark again (not a result: not kept)
        Path features = Path.of(System.getProperty("java.io.tmpdir"), "dossier-answerability-features.csv");

        List<BenchResult.Row> rows = new ArrayList<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        List<Indexed> indexed = new ArrayList<>();
        // under bench/target: indexes that live through a long run, away from shared temp-dir clean-ups
        try (TempFolder temp = TempFolder.create(Path.of("bench", "target"), "answerability-");
             PrintWriter csv = new PrintWriter(Files.newBufferedWriter(features));
             AutoCloseable closeIndexes = () -> closeAll(indexed)) {
            csv.println("index,queries,query,oldRefused,newRefused,cov1,cov3,cov5,sim1,sim3,sim5,agreed3,agreed5,"
                    + "words,recallOld,recallNew,passagesNew");
            BundledEmbeddings embeddings = new BundledEmbeddings(temp.path().resolve("model-cache"));
            embeddings.embed(List.of("warm up"));
            QueryVectors instructed = new QueryVectors(embeddings, true);
            List<BenchResult.Row> samples = SampleQuestions.measure(
                    Path.of(System.getProperty("bench.corpus", "sample-docs")), embeddings, reader, rule, diversity,
                    candidates, (question, first) -> oldCoverage(question, first) < OLD_COVERAGE,
                    hits -> fill(hits, budget));
            for (String name : RetrievalQuality.COLLECTIONS) {
                IrCollection collection = IrCollection.load(name, evalData.resolve(name));
                PassageIndex index = new PassageIndex(temp.path().resolve(name));
                indexed.add(new Indexed(collection, index,
                        new HybridSearch(new LucenePassageSearch(index), instructed)));
                CollectionIndexing.fill(index, collection, new Chunker(properties.passageMaxChars(),
                        properties.passageMinChars()), true);
                double seconds = CollectionIndexing.embed(index, embeddings, properties);
                System.err.printf(Locale.ROOT, "[answerability] %s indexed and embedded (%.0f s)%n", name, seconds);
            }
            int ownAsked = 0;
            int ownRefusedOld = 0;
            int ownRefusedNew = 0;
            int crossAsked = 0;
            int crossRefusedOld = 0;
            int crossRefusedNew = 0;
            for (Indexed target : indexed) {
                for (Indexed asking : indexed) {
                    boolean own = asking == target;
                    IrCollection queries = asking.collection();
                    List<Integer> judged = List.copyOf(queries.judgments().judgedQueries());
                    int refusedOld = 0;
                    int refusedNew = 0;
                    double[] recallOld = new double[judged.size()];
                    double[] recallNew = new double[judged.size()];
                    double[] passagesNew = new double[judged.size()];
                    double[] ndcg = new double[judged.size()];
                    for (int i = 0; i < judged.size(); i++) {
                        int id = judged.get(i);
                        String text = queries.queries().get(id);
                        List<PassageHit> hits = target.search().search(text, SearchFilter.NONE, candidates);
                        boolean oldRefused = hits.isEmpty() || oldCoverage(text, hits.getFirst()) < OLD_COVERAGE;
                        Evidence evidence = reader.read(text, hits);
                        boolean newRefused = hits.isEmpty() || !rule.supports(evidence);
                        refusedOld += oldRefused ? 1 : 0;
                        refusedNew += newRefused ? 1 : 0;
                        Map<Long, Integer> relevant = queries.judgments().relevant(id);
                        List<PassageHit> given = fill(diversity.order(hits, PassageHit::documentId), budget);
                        if (own) {
                            recallOld[i] = Metrics.recall(DocumentFusion.documents(hits), relevant, OLD_PASSAGES);
                            recallNew[i] = documentRecall(given, relevant);
                            passagesNew[i] = given.size();
                            ndcg[i] = Metrics.ndcg(DocumentFusion.documents(
                                    target.search().search(text, SearchFilter.NONE, 100)), relevant, 10);
                        }
                        Evidence one = new EvidenceReader(analyzer, 1).read(text, hits);
                        Evidence five = new EvidenceReader(analyzer, 5).read(text, hits);
                        Evidence three = new EvidenceReader(analyzer, 3).read(text, hits);
                        csv.printf(Locale.ROOT, "%s,%s,%d,%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%d,%d,%d,%.4f,%.4f,%d%n",
                                target.collection().name(), queries.name(), id, oldRefused ? 1 : 0,
                                newRefused ? 1 : 0, one.coverage(), three.coverage(), five.coverage(),
                                one.similarity(), three.similarity(), five.similarity(), three.agreed(),
                                five.agreed(), wordCount(text), own ? recallOld[i] : 0, own ? recallNew[i] : 0,
                                given.size());
                    }
                    String label = queries.name() + " queries on " + target.collection().name() + "'s index";
                    Map<String, Number> cells = new LinkedHashMap<>();
                    cells.put("queries", judged.size());
                    cells.put("refused before", refusedOld / (double) judged.size());
                    cells.put("refused after", refusedNew / (double) judged.size());
                    if (own) {
                        cells.put("recall, 5 passages (before)", Metrics.mean(recallOld));
                        cells.put("recall, 16k context (after)", Metrics.mean(recallNew));
                        cells.put("passages in 16k", Metrics.mean(passagesNew));
                        cells.put("hybrid nDCG@10", Metrics.mean(ndcg));
                        ownAsked += judged.size();
                        ownRefusedOld += refusedOld;
                        ownRefusedNew += refusedNew;
                    } else {
                        crossAsked += judged.size();
                        crossRefusedOld += refusedOld;
                        crossRefusedNew += refusedNew;
                    }
                    rows.add(new BenchResult.Row((own ? "false refusals: " : "cross-collection: ") + label, cells));
                }
            }
            rows.addAll(samples);
            summary.put("false refusals before / after (every judged query, goal after < 0.05)",
                    List.of(ownRefusedOld / (double) ownAsked, ownRefusedNew / (double) ownAsked));
            summary.put("cross-collection refused before / after (goal after > 0.9)",
                    List.of(crossRefusedOld / (double) crossAsked,
                    crossRefusedNew / (double) crossAsked));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("evalData", evalData.toString());
        parameters.put("before", "model asked when the best passage holds >= 0.5 of the question's analysed words; "
                + OLD_PASSAGES + " passages");
        parameters.put("after", rule.toString() + " over the best " + Answerability.Rule.BEST_FEW + " passages");
        parameters.put("answer candidates", candidates);
        parameters.put("passages per document before the others", perDocument);
        parameters.put("context", CONTEXT_TOKENS + " tokens, " + ANSWER_TOKENS + " kept for the answer, the "
                + "built-in prompts; tokens estimated as characters / " + CHARS_PER_TOKEN);
        parameters.put("features", features.toString());
        return new BenchResult(name(), "Answerability: false refusals, cross-collection refusals, sources reaching "
                + "the model", parameters, rows, summary);
    }

    /** Closed before their temporary folder is deleted. */
    private static void closeAll(List<Indexed> indexed) throws IOException {
        for (Indexed each : indexed) {
            each.index().close();
        }
    }

    /** The passages that fit the budget, in the order given, a passage that does not fit left out whole. */
    private static List<PassageHit> fill(List<PassageHit> ordered, int budget) {
        List<PassageHit> kept = new ArrayList<>();
        int left = budget;
        for (PassageHit hit : ordered) {
            int cost = tokens("[00] " + hit.documentId() + "\n" + hit.text() + "\n\n");
            if (cost <= left) {
                kept.add(hit);
                left -= cost;
            }
        }
        return kept;
    }

    private static int tokens(String text) {
        return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }

    private static double documentRecall(List<PassageHit> given, Map<Long, Integer> relevant) {
        return Metrics.recall(given.stream().map(PassageHit::documentId).toList(), relevant.keySet());
    }

    /** The rule answers had before: the share of the question's analysed words the first passage holds. */
    private double oldCoverage(String question, PassageHit first) {
        Set<String> wanted = new HashSet<>();
        analyzer.tokens(question).forEach(token -> wanted.add(token.term()));
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> present = new HashSet<>();
        analyzer.tokens(first.text()).forEach(token -> present.add(token.term()));
        return wanted.stream().filter(present::contains).count() / (double) wanted.size();
    }

    private static int wordCount(String text) {
        return text.strip().split("\\s+").length;
    }
}
