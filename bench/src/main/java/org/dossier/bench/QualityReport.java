package org.dossier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.search.FusionWeights;
import org.dossier.indexer.internal.search.VectorFeedback;

/** Retrieval quality's result: its parameters, every collection's rows, the levers' verdicts and the goals. */
final class QualityReport {

    private QualityReport() {
    }

    static BenchResult result(List<RetrievalQuality.Measured> measured, String model, Path evalData,
                              IndexerProperties properties) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("evalData", evalData.toString());
        parameters.put("collections", RetrievalQuality.COLLECTIONS);
        parameters.put("embeddingModel", model);
        parameters.put("passageMaxChars", properties.passageMaxChars());
        parameters.put("passageMinChars", properties.passageMinChars());
        parameters.put("embeddingBatch", properties.embeddingBatch());
        parameters.put("depth", RetrievalQuality.DEPTH);
        parameters.put("documentRanking", "passages deduplicated by document id in rank order (best passage)");
        parameters.put("nDCG", "linear gain / log2(rank+1); ideal = all relevant documents of the query");
        parameters.put("averagedOver", "queries with at least one relevant document");
        parameters.put("hybrid", "HybridSearch.search(question, NONE, 100): BM25 (query-term frequency) and kNN "
                + "(re-ranked with feedback " + VectorFeedback.DEFAULT + ") lists to depth 100, "
                + "RRF k=60, BM25 weighted " + FusionWeights.DEFAULT + " against 1 for the vectors, "
                + "near-duplicate collapse");
        measured.forEach(m -> parameters.put("grading " + m.collection().name(), m.collection().grading()));

        List<BenchResult.Row> rows = new ArrayList<>();
        Map<String, Object> summary = new LinkedHashMap<>();
        int hybridBeatsBm25 = 0;
        int hybridBeatsReference = 0;
        for (RetrievalQuality.Measured m : measured) {
            rows.addAll(m.rows());
            String name = m.collection().name();
            summary.put(name + ": documents / passages / judged queries",
                    List.of(m.collection().documents().size(), m.passages(), m.judgedQueries()));
            summary.put(name + ": indexing seconds (parse+chunk+BM25 index)", m.indexSeconds());
            summary.put(name + ": embedding seconds (BackgroundEmbedding)", m.embedSeconds());
            summary.put(name + ": embedding passages/s", m.passages() / m.embedSeconds());
            double[] reference = RetrievalQuality.REFERENCE.get(name);
            summary.put(name + ": reference nDCG@10 BM25 / bge-small / RRF (STACK.md)",
                    List.of(reference[0], reference[1], reference[2]));
            if (m.ndcg().get("hybrid") > m.ndcg().get("BM25")) {
                hybridBeatsBm25++;
            }
            if (m.ndcg().get("hybrid") > reference[2]) {
                hybridBeatsReference++;
            }
        }
        LeverReport.add(measured.stream().map(m -> new LeverReport.Collection(m.collection().name(), m.levers(),
                RetrievalQuality.REFERENCE.get(m.collection().name())[2])).toList(), rows, summary);
        summary.put("hybrid beats BM25 on nDCG@10 (collections, goal >= 2)", hybridBeatsBm25);
        summary.put("hybrid beats the reference hybrid on nDCG@10 (collections, goal 3)", hybridBeatsReference);
        summary.put("hybrid not below the equal-weight hybrid on nDCG@10 (collections, goal 3)", measured.stream()
                .filter(m -> m.ndcg().get("hybrid") >= m.ndcg().get(RetrievalQuality.EQUAL_WEIGHTS)).count());
        return new BenchResult("retrieval-quality", "Retrieval quality: nDCG@10 and recall@100 on Cranfield, CISI and Medline",
                parameters, rows, summary);
    }
}
