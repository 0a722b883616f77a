package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dossier.indexer.internal.index.IndexedPassage;

/**
 * A variant for the quality benchmark: BM25 as {@code PassageIndex.search} does it (fields, title boost, words
 * weighed by how often the query says them), over the same passages, but with Dossier's analysis minus the English
 * stemmer: case, accents and scripts folded, stop words dropped, words kept whole. It says whether the stemmer
 * earns its place. Not Dossier's code: an experiment with its own index.
 */
final class UnstemmedBm25 implements AutoCloseable {

    private static final float TITLE_BOOST = 0.3f;

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new ICUFoldingFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(tokenizer, stream);
        }
    };
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    UnstemmedBm25(Path dir, List<IndexedPassage> passages) throws IOException {
        this.directory = FSDirectory.open(dir);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (IndexedPassage passage : passages) {
                Document doc = new Document();
                doc.add(new TextField("text", passage.passage().text(), Field.Store.NO));
                doc.add(new TextField("title", passage.title(), Field.Store.NO));
                doc.add(new StoredField("document_id", passage.documentId()));
                writer.addDocument(doc);
            }
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Documents of the best passages, best first. */
    List<Long> search(String query, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream("text", query)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            counts.forEach((word, count) -> {
                words.add(new BoostQuery(new TermQuery(new Term("text", word)), count), BooleanClause.Occur.SHOULD);
                words.add(new BoostQuery(new TermQuery(new Term("title", word)), TITLE_BOOST * count),
                        BooleanClause.Occur.SHOULD);
            });
            ScoreDoc[] hits = searcher.search(words.build(), limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            Set<Long> documents = new LinkedHashSet<>();
            for (ScoreDoc hit : hits) {
                documents.add(stored.document(hit.doc).getField("document_id").numericValue().longValue());
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
