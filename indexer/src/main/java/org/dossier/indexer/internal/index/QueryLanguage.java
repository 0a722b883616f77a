package org.dossier.indexer.internal.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dossier.indexer.MalformedQueryException;

/**
 * The search page's query language, read by Lucene's classic query parser: words (all required, in the passage text
 * or its title), phrases, {@code AND}/{@code OR}/{@code NOT}, {@code +}/{@code -}, wildcards, fuzzy {@code ~},
 * proximity {@code "a b"~5}; and the fields people know from mail and files, mapped onto the index's own:
 * {@code from:} the sender, {@code to:} any recipient, {@code subject:} the title, {@code path:} and {@code type:}
 * prefixes of the path and media type (keywords, matched as written).
 */
public final class QueryLanguage {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("from", IndexFields.AUTHOR), Map.entry("sender", IndexFields.AUTHOR),
            Map.entry("author", IndexFields.AUTHOR), Map.entry("to", IndexFields.RECIPIENT),
            Map.entry("cc", IndexFields.RECIPIENT), Map.entry("subject", IndexFields.TITLE),
            Map.entry("title", IndexFields.TITLE), Map.entry("text", IndexFields.TEXT),
            Map.entry("path", IndexFields.PATH), Map.entry("type", IndexFields.MEDIA_TYPE));
    private static final Set<String> KEYWORD_FIELDS = Set.of(IndexFields.PATH, IndexFields.MEDIA_TYPE);

    private QueryLanguage() {
    }

    /**
     * A query read, with a test for the words of a passage that it matched (for highlighting).
     *
     * @param matchedWord true for an analysed word ({@link PassageAnalyzer#tokens}) the query looks for in text
     */
    public record Parsed(Query query, Predicate<String> matchedWord) {
    }

    /** @throws MalformedQueryException with one line that says what is wrong */
    public static Parsed parse(String text, PassageAnalyzer analyzer) {
        if (text.isBlank()) {
            return new Parsed(new MatchAllDocsQuery(), word -> false);
        }
        Parser parser = new Parser(analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query query;
        try {
            query = parser.parse(slashesAsText(text));
        } catch (ParseException e) {
            throw new MalformedQueryException(explain(e));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new MalformedQueryException("The query asks for too many words at once (a wildcard that matches "
                    + "very many?): make it narrower.");
        }
        return new Parsed(query, WordsSought.of(query));
    }

    /**
     * A slash is text here ({@code type:application/pdf}, {@code path:mail/2024}), not the start of a regular
     * expression as the classic syntax has it: journalists type paths and media types, not regular expressions.
     */
    private static String slashesAsText(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                escaped.append(c).append(text.charAt(++i));
            } else {
                escaped.append(c == '/' ? "\\/" : String.valueOf(c));
            }
        }
        return escaped.toString();
    }

    /** The parser's message, cut to its first sentence, with a hint for the usual mistakes. */
    private static String explain(ParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        int cut = message.indexOf("Was expecting");
        String first = (cut > 0 ? message.substring(0, cut) : message).replaceAll("\\s+", " ").strip();
        if (first.startsWith("Cannot parse '")) {
            int end = first.indexOf("': ");
            first = end > 0 ? first.substring(end + 3) : first;
        }
        if (first.contains("<EOF>")) {
            return "The query ends too early: an AND, OR, NOT, quote, bracket or field is left open (" + first + ")";
        }
        if (first.isEmpty()) {
            first = "The query does not follow the query language.";
        }
        return first.endsWith(".") ? first : first + ".";
    }

    private static final class Parser extends MultiFieldQueryParser {

        Parser(PassageAnalyzer analyzer) {
            super(new String[] {IndexFields.TEXT, IndexFields.TITLE}, analyzer,
                    Map.of(IndexFields.TEXT, 1f, IndexFields.TITLE, 0.3f));
        }

        private static String field(String typed) throws ParseException {
            String field = FIELDS.get(typed.toLowerCase(Locale.ROOT));
            if (field == null) {
                throw new ParseException("Unknown field “" + typed + ":” — the fields are from:, to:, subject:, "
                        + "path: and type: (to search for a colon itself, write \\:)");
            }
            return field;
        }

        private static Query keyword(String field, String value) {
            String prefix = field.equals(IndexFields.PATH) ? value.replace('\\', '/').replaceFirst("^/+", "")
                    : value.toLowerCase(Locale.ROOT);
            return new PrefixQuery(new Term(field, prefix));
        }

        /**
         * A query on the field the user typed, or on the default fields: a keyword field (path, type, …) matches by
         * prefix as typed; any other field gets the parser's own query for it.
         */
        private static Query onField(String typed, String text, FieldQuery parserQuery) throws ParseException {
            if (typed == null) {
                return parserQuery.on(null);
            }
            String mapped = field(typed);
            return KEYWORD_FIELDS.contains(mapped) ? keyword(mapped, text) : parserQuery.on(mapped);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return onField(field, queryText, mapped -> super.getFieldQuery(mapped, queryText, quoted));
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return onField(field, queryText, mapped -> super.getFieldQuery(mapped, queryText, slop));
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return onField(field, termStr, mapped -> super.getPrefixQuery(mapped, termStr));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(field == null ? null : field(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(field == null ? null : field(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(field == null ? null : field(field), termStr);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            return super.getRangeQuery(field == null ? null : field(field), part1, part2, startInclusive,
                    endInclusive);
        }
    }

    /** The words a query looks for in passage text (not those it excludes): exact terms and term patterns. */
    private static final class WordsSought extends QueryVisitor {

        private final Set<String> terms = new HashSet<>();
        private final List<ByteRunAutomaton> patterns = new ArrayList<>();

        static Predicate<String> of(Query query) {
            WordsSought sought = new WordsSought();
            query.visit(sought);
            return word -> sought.terms.contains(word) || sought.patterns.stream().anyMatch(pattern -> {
                BytesRef bytes = new BytesRef(word);
                return pattern.run(bytes.bytes, bytes.offset, bytes.length);
            });
        }

        @Override
        public boolean acceptField(String field) {
            return field.equals(IndexFields.TEXT);
        }

        @Override
        public void consumeTerms(Query query, Term... found) {
            for (Term term : found) {
                terms.add(term.text());
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            patterns.add(automaton.get());
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
        }
    }

    /** The parser's own query on a field (null: the default fields). */
    @FunctionalInterface
    private interface FieldQuery {
        Query on(String field) throws ParseException;
    }
}
