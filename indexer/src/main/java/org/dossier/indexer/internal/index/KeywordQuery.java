package org.dossier.indexer.internal.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dossier.indexer.DossierAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * BM25 over passage text (and, lighter, titles — a message's subject — and a message's sender and recipients);
 * every analysed word of the query is an optional clause, weighted by how often the query says it. A word a
 * question repeats matters more to it: that is BM25's query-term frequency, and dropping it cost 0.07 nDCG@10 on
 * CISI's long queries (bench "retrieval-quality"). Text the question quotes ("the 'Y' message") counts once more as
 * a phrase, in the text and the title: a quoted subject finds its message rather than every mail using its words.
 */
final class KeywordQuery {

    /** The distinct words of a query that count; the rest of a pasted page is left out. */
    static final int MAX_QUERY_WORDS = 200;

    /** Titles help, but a word in the passage itself is the stronger evidence. */
    private static final float TITLE_BOOST = 0.3f;
    /**
     * A name or an address in a question ("what did Ayşe write to Mirela?") matches the messages she sent, and,
     * lighter, those she received: mail bodies rarely name their own sender.
     */
    private static final float SENDER_BOOST = 0.5f;
    private static final float RECIPIENT_BOOST = 0.3f;
    /** Lucene refuses a query of more than 1,024 clauses: quoted phrases beyond these are plain words. */
    private static final int MAX_PHRASES = 4;
    /**
     * A quotation is the user's plainest word on what they want; in a title (a message's subject, a document's
     * name) it names the one thing asked about, and outweighs a text that merely repeats its words.
     */
    private static final float QUOTED_TITLE_BOOST = 3f;
    /** A stop word dropped inside a quotation leaves a gap the phrase must allow. */
    private static final int PHRASE_SLOP = 2;
    /** Text in double quotes, curly quotes, or single quotes that open after a blank (not an apostrophe). */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{3,})\"|“([^”]{3,})”|‘([^’]{3,})’|(?<=^|\\s)'([^']{3,})'");

    private KeywordQuery() {
    }

    /** The query's words as BM25 clauses, or {@code null} when it has no word that counts (only stop words, say). */
    static @Nullable Query of(String query, PassageAnalyzer analyzer) {
        // Lucene refuses a query of more than 1,024 clauses; each word is four (text, title, sender, recipients), a
        // quotation two, and a filter adds some
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
            words.add(boosted(new TermQuery(new Term(IndexFields.AUTHOR, term)), SENDER_BOOST * count),
                    BooleanClause.Occur.SHOULD);
            words.add(boosted(new TermQuery(new Term(IndexFields.RECIPIENT, term)), RECIPIENT_BOOST * count),
                    BooleanClause.Occur.SHOULD);
        });
        quoted(query, analyzer).forEach(phrase -> {
            words.add(phrase(IndexFields.TEXT, phrase), BooleanClause.Occur.SHOULD);
            words.add(boosted(phrase(IndexFields.TITLE, phrase), QUOTED_TITLE_BOOST), BooleanClause.Occur.SHOULD);
        });
        return words.build();
    }

    /** The analysed words of each quotation in the query of two words or more. */
    private static List<List<String>> quoted(String query, PassageAnalyzer analyzer) {
        List<List<String>> phrases = new ArrayList<>();
        Matcher quote = QUOTED.matcher(query);
        while (quote.find() && phrases.size() < MAX_PHRASES) {
            String text = IntStream.rangeClosed(1, quote.groupCount()).mapToObj(quote::group)
                    .filter(Objects::nonNull).findFirst().orElse("");
            List<String> terms = analyzer.tokens(text).stream().map(DossierAnalyzer.Token::term).toList();
            if (terms.size() >= 2) {
                phrases.add(terms);
            }
        }
        return phrases;
    }

    private static Query phrase(String field, List<String> terms) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PHRASE_SLOP);
        terms.forEach(term -> phrase.add(new Term(field, term)));
        return phrase.build();
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
