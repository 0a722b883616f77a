package org.dossier.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.dossier.assistant.answer.Answerability;
import org.dossier.assistant.answer.Evidence;
import org.dossier.assistant.answer.EvidenceReader;
import org.dossier.assistant.answer.SourceDiversity;
import org.dossier.assistant.retrieve.Highlighter;
import org.dossier.assistant.retrieve.HybridSearch;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.search.LucenePassageSearch;

/**
 * The questions of {@code sample-docs/README.md} that are not in the documents' own words (paraphrased, in two
 * parts, about mail headers) and some the corpus cannot answer, over the sample corpus indexed by Dossier's own
 * pipeline: is each refused before and after, and does every source it needs reach the model (the 5 passages of
 * before, a 16k-token context after)?
 */
final class SampleQuestions {

    /** A question and the files (relative to the corpus) an answer needs; none for a question it cannot answer. */
    record Asked(String kind, String question, List<String> sources) {
    }

    static final List<Asked> QUESTIONS = List.of(
            new Asked("as written", "Who signed the dredging contract?",
                    List.of("contracts/dredging-contract-PV-HD-2024-007.pdf")),
            new Asked("paraphrased", "Who put their name to the dredging deal?",
                    List.of("contracts/dredging-contract-PV-HD-2024-007.pdf")),
            new Asked("paraphrased", "How much did the harbour overpay for dredging?",
                    List.of("minutes/harbour-board-2024-09-24.docx")),
            new Asked("paraphrased", "What did the whistleblower in finance try to do?",
                    List.of("mail/2024-10-01-tip-from-source.eml")),
            new Asked("two parts", "Who owns Bluewater Holdings, and how much did the harbour pay it in total?",
                    List.of("notes/bluewater-registry-notes.md", "finance/invoice-register-2024.xlsx")),
            new Asked("two parts", "Who opened audit CA-2024-19, and what did the board decide on 24 September 2024?",
                    List.of("audit/audit-memo-CA-2024-19.odt", "minutes/harbour-board-2024-09-24.docx")),
            new Asked("mail header", "From which address did Ayşe Yılmaz send the 'Bluewater Holdings consultancy "
                    + "payments' message?", List.of("mail/harbour-finance.mbox")),
            new Asked("mail header", "What did Tomas Brenner write on 10 April 2024 about a new supplier?",
                    List.of("mail/harbour-finance.mbox")),
            new Asked("unanswerable", "Which football club does Tomas Brenner support?", List.of()),
            new Asked("unanswerable", "What is the boiling point of mercury?", List.of()),
            new Asked("unanswerable", "How many employees does Karadeniz Marine Dredging have?", List.of()));

    private SampleQuestions() {
    }

    /**
     * One row per question.
     *
     * @param oldRefusal whether the rule of before refuses, given the question and its first passage
     * @param given      the passages an answer is given now, in the order they are offered
     */
    static List<BenchResult.Row> measure(Path corpus, BundledEmbeddings embeddings, EvidenceReader reader,
                                         Answerability.Rule rule, SourceDiversity diversity, int candidates,
                                         OldRule oldRefusal, Function<List<PassageHit>, List<PassageHit>> given)
            throws Exception {
        IndexerProperties properties = IndexerProperties.defaults();
        List<BenchResult.Row> rows = new ArrayList<>();
        try (DossierPipeline pipeline = DossierPipeline.open(properties)) {
            pipeline.index(corpus);
            CollectionIndexing.embed(pipeline.passageIndex(), embeddings, properties);
            LucenePassageSearch passages = new LucenePassageSearch(pipeline.passageIndex());
            // as Ask retrieves: each part of a two-part question and a named date range searched too (PlannedSearch)
            Retriever search = new Retriever(new HybridSearch(passages, new QueryVectors(embeddings, true)),
                    pipeline.catalog(), new Highlighter(passages.analyzer(), 320));
            Map<Long, String> files = new HashMap<>();
            for (Asked asked : QUESTIONS) {
                List<PassageHit> hits = search.find(asked.question(), SearchFilter.NONE, candidates).hits();
                hits.forEach(hit -> files.computeIfAbsent(hit.documentId(),
                        id -> pipeline.catalog().find(id).map(DocumentRecord::path).orElse("?")));
                boolean refusedBefore = hits.isEmpty() || oldRefusal.refuses(asked.question(), hits.getFirst());
                Evidence evidence = reader.read(asked.question(), hits);
                boolean refusedAfter = hits.isEmpty() || !rule.supports(evidence);
                System.err.printf(Locale.ROOT, "[answerability] %s: coverage %.2f, similarity %.3f, agreed %d%n",
                        asked.question(), evidence.coverage(), evidence.similarity(), evidence.agreed());
                Map<String, Number> cells = new LinkedHashMap<>();
                cells.put("refused before", refusedBefore ? 1 : 0);
                cells.put("refused after", refusedAfter ? 1 : 0);
                if (!asked.sources().isEmpty()) {
                    cells.put("sources in 5 passages (before)", reached(asked, hits.subList(0,
                            Math.min(5, hits.size())), files));
                    cells.put("sources in 16k (after)", reached(asked, given.apply(diversity.order(hits,
                            PassageHit::documentId)), files));
                }
                rows.add(new BenchResult.Row("sample-docs " + asked.kind() + ": " + asked.question(), cells));
            }
        }
        return rows;
    }

    /** Share of the question's sources that some passage comes from. */
    private static double reached(Asked asked, List<PassageHit> passages, Map<Long, String> files) {
        return Metrics.recall(passages.stream().map(hit -> files.get(hit.documentId())).toList(), asked.sources());
    }

    /** The rule of before, as the benchmark computes it. */
    @FunctionalInterface
    interface OldRule {
        boolean refuses(String question, PassageHit first);
    }
}
