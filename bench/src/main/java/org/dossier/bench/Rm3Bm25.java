package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.internal.index.PassageAnalyzer;

/**
 * BM25 with pseudo-relevance feedback by RM3, as Anserini's {@code Rm3Reranker} does it: the first search's best
 * {@code fbDocs} passages each give their words (at most {@code fbTerms}, by frequency; words of one letter, over
 * 20 letters, not plain letters and digits, or in more than 10 % of the passages skipped), each passage's word
 * distribution is weighted by its BM25 score, the sum cut to the {@code fbTerms} heaviest words and normalised, and
 * mixed with the query's own word distribution ({@code originalWeight} of it). The mixed distribution is searched as
 * one weighted BM25 query, over the same fields and with the same title boost as Dossier's keyword query.
 *
 * <p>A passage's words are read by analysing its stored text with Dossier's analyser, which gives the words and
 * frequencies a term vector would (Dossier's index stores none). Not Dossier's code: a lever measured in the
 * benchmark, read-only over the committed index.
 */
final class Rm3Bm25 implements AutoCloseable {

    /** Field names and title boost as in Dossier's index ({@code IndexFields}, {@code KeywordQuery}). */
    private static final String TEXT = "text";
    private static final String TITLE = "title";
    private static final String DOCUMENT_ID = "document_id";
    private static final String ORDINAL = "ordinal";
    private static final float TITLE_BOOST = 0.3f;
    /** Anserini's cut for words too common to feed back (its PR 289): in more than a tenth of the passages. */
    private static final double MAX_DOCUMENT_SHARE = 0.1;
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z0-9]{2,20}");

    /** RM3's three parameters; Anserini's defaults are 10, 10 and 0.5. */
    record Parameters(int fbDocs, int fbTerms, double originalWeight) {

        static final Parameters ANSERINI = new Parameters(10, 10, 0.5);

        @Override
        public String toString() {
            return "fbDocs=" + fbDocs + " fbTerms=" + fbTerms + " originalWeight=" + originalWeight;
        }
    }

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final PassageAnalyzer analyzer = new PassageAnalyzer();
    private final Map<String, Map<String, Integer>> wordsOfPassage = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    Rm3Bm25(Path indexDir) throws IOException {
        this.directory = FSDirectory.open(indexDir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader); // BM25 with default parameters, as PassageIndex
    }

    /**
     * The passages the expanded query finds, best first.
     *
     * @param first the first search's passages, best first, with their BM25 scores (Dossier's keyword list)
     */
    List<PassageHit> search(String query, List<PassageHit> first, Parameters parameters, int limit) {
        Map<String, Double> expanded = interpolate(queryWords(query), relevanceModel(first, parameters),
                parameters.originalWeight());
        if (expanded.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        expanded.forEach((term, weight) -> {
            words.add(new BoostQuery(new TermQuery(new Term(TEXT, term)), weight.floatValue()),
                    BooleanClause.Occur.SHOULD);
            words.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST * weight.floatValue()),
                    BooleanClause.Occur.SHOULD);
        });
        try {
            ScoreDoc[] hits = searcher.search(words.build(), limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<PassageHit> passages = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                Document doc = stored.document(hit.doc, Set.of(DOCUMENT_ID, ORDINAL));
                passages.add(new PassageHit(Long.parseLong(doc.get(DOCUMENT_ID)),
                        doc.getField(ORDINAL).numericValue().intValue(), null, 0, 0, "", hit.score));
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query's analysed words, each weighted by how often the query says it, summing to 1. */
    private Map<String, Double> queryWords(String query) {
        Map<String, Double> counts = new LinkedHashMap<>();
        analyzer.tokens(query).forEach(token -> counts.merge(token.term(), 1.0, Double::sum));
        return unitSum(counts);
    }

    private Map<String, Double> relevanceModel(List<PassageHit> first, Parameters parameters) {
        List<PassageHit> feedback = first.stream().limit(parameters.fbDocs()).toList();
        Map<String, Double> model = new HashMap<>();
        for (PassageHit passage : feedback) {
            Map<String, Integer> words = top(feedbackWords(passage), parameters.fbTerms());
            double length = words.values().stream().mapToInt(Integer::intValue).sum();
            if (length > 0) {
                words.forEach((term, count) -> model.merge(term, count / length * passage.score(), Double::sum));
            }
        }
        return unitSum(top(model, parameters.fbTerms()));
    }

    /** A passage's words that may be fed back, with their frequencies in it. */
    private Map<String, Integer> feedbackWords(PassageHit passage) {
        return wordsOfPassage.computeIfAbsent(passage.key(), key -> {
            Map<String, Integer> counts = new HashMap<>();
            analyzer.tokens(passage.text()).forEach(token -> {
                if (PLAIN_WORD.matcher(token.term()).matches() && !tooCommon(token.term())) {
                    counts.merge(token.term(), 1, Integer::sum);
                }
            });
            return counts;
        });
    }

    private boolean tooCommon(String term) {
        int df = documentFrequency.computeIfAbsent(term, t -> {
            try {
                return reader.docFreq(new Term(TEXT, t));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return df > MAX_DOCUMENT_SHARE * reader.numDocs();
    }

    private static Map<String, Double> interpolate(Map<String, Double> query, Map<String, Double> model,
                                                   double originalWeight) {
        Map<String, Double> mixed = new LinkedHashMap<>();
        query.forEach((term, weight) -> mixed.merge(term, originalWeight * weight, Double::sum));
        model.forEach((term, weight) -> mixed.merge(term, (1 - originalWeight) * weight, Double::sum));
        mixed.values().removeIf(weight -> weight <= 0);
        return mixed;
    }

    /** The {@code n} heaviest entries (ties by word, for a ranking that does not depend on hash order). */
    private static <N extends Number> Map<String, N> top(Map<String, N> weights, int n) {
        Map<String, N> kept = new LinkedHashMap<>();
        weights.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, N>>comparingDouble(e -> -e.getValue().doubleValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(n)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    private static Map<String, Double> unitSum(Map<String, ? extends Number> weights) {
        double sum = weights.values().stream().mapToDouble(Number::doubleValue).sum();
        Map<String, Double> scaled = new LinkedHashMap<>();
        if (sum > 0) {
            weights.forEach((term, weight) -> scaled.put(term, weight.doubleValue() / sum));
        }
        return scaled;
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            reader.close();
        }
    }
}
