package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.dossier.indexer.internal.index.PassageAnalyzer;

/**
 * A variant of {@code PassageIndex.search} for the quality benchmark, over the same committed index: the same
 * analyser, fields and title boost, but each analysed word of the query counted once, where Dossier weighs a word
 * the query says n times n times (BM25's query-term frequency, as Lucene's query parser has it). Dossier did this
 * until the benchmark showed what it cost on long queries such as CISI's. Not Dossier's code: an experiment,
 * read-only.
 */
final class DistinctTermsBm25 implements AutoCloseable {

    /** Field names and boost as in Dossier's index ({@code IndexFields}, {@code PassageIndex}: package-private). */
    private static final String TEXT = "text";
    private static final String TITLE = "title";
    private static final String DOCUMENT_ID = "document_id";
    private static final float TITLE_BOOST = 0.3f;

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final PassageAnalyzer analyzer = new PassageAnalyzer();

    DistinctTermsBm25(Path indexDir) throws IOException {
        this.directory = FSDirectory.open(indexDir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader); // BM25 with default parameters, as PassageIndex
    }

    /** Documents of the best passages, best first. */
    List<Long> search(String query, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        analyzer.tokens(query).forEach(token -> counts.merge(token.term(), 1, Integer::sum));
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        counts.keySet().forEach(term -> {
            words.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
            words.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), BooleanClause.Occur.SHOULD);
        });
        try {
            ScoreDoc[] hits = searcher.search(words.build(), limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            Set<Long> documents = new LinkedHashSet<>();
            for (ScoreDoc hit : hits) {
                documents.add(Long.parseLong(stored.document(hit.doc, Set.of(DOCUMENT_ID)).get(DOCUMENT_ID)));
            }
            return List.copyOf(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            reader.close();
        }
    }
}
