package org.dossier.indexer.internal.index;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * BM25 over passage text (and, lighter, titles); every analysed word of the query is an optional clause, weighted
 * by how often the query says it. A word a question repeats matters more to it: that is BM25's query-term
 * frequency, and dropping it cost 0.07 nDCG@10 on CISI's long queries (bench "retrieval-quality").
 */
final class KeywordQuery {

    /** The distinct words of a query that count; the rest of a pasted page is left out. */
    static final int MAX_QUERY_WORDS = 256;

    /** Titles help, but a word in the passage itself is the stronger evidence. */
    private static final float TITLE_BOOST = 0.3f;

    private KeywordQuery() {
    }

    /** The query's words as BM25 clauses, or {@code null} when it has no word that counts (only stop words, say). */
    static @Nullable Query of(String query, PassageAnalyzer analyzer) {
        // Lucene refuses a query of more than 1,024 clauses; each word is two (text and title), and a filter adds some
        Map<String, Integer> termCounts = new LinkedHashMap<>();
        analyzer.tokens(query).forEach(token -> {
            if (termCounts.size() < MAX_QUERY_WORDS || termCounts.containsKey(token.term())) {
                termCounts.merge(token.term(), 1, Integer::sum);
            }
        });
        if (termCounts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        termCounts.forEach((term, count) -> {
            words.add(boosted(new TermQuery(new Term(IndexFields.TEXT, term)), count), BooleanClause.Occur.SHOULD);
            words.add(boosted(new TermQuery(new Term(IndexFields.TITLE, term)), TITLE_BOOST * count),
                    BooleanClause.Occur.SHOULD);
        });
        return words.build();
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
