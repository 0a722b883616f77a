package org.dossier.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dossier.indexer.chunk.Passage;

/**
 * The passages of every indexed document, on disk. One writer lives as long as the application; searches go
 * through a {@link SearcherManager} that is refreshed after each commit, never per query.
 */
public final class PassageIndex implements AutoCloseable {

    /** Titles help, but a word in the passage itself is the stronger evidence. */
    private static final float TITLE_BOOST = 0.3f;

    private final DossierAnalyzer analyzer = new DossierAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public PassageIndex(Path dir) {
        try {
            this.directory = FSDirectory.open(dir);
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + dir
                    + " — is another Dossier using this data directory?", e);
        }
    }

    /** Replaces whatever the index holds for a document with these passages (not visible until {@link #commit}). */
    public void replace(long documentId, List<IndexedPassage> passages) {
        try {
            writer.deleteDocuments(documentTerm(documentId));
            writer.addDocuments(passages.stream().map(PassageIndex::toDocument).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("indexing document " + documentId + " failed", e);
        }
    }

    public void delete(long documentId) {
        try {
            writer.deleteDocuments(documentTerm(documentId));
        } catch (IOException e) {
            throw new UncheckedIOException("removing document " + documentId + " from the index failed", e);
        }
    }

    /** Makes all changes durable and visible to searches. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("committing the index failed", e);
        }
    }

    /** BM25 over passage text (and, lighter, titles); every analysed word of the query is an optional clause. */
    public List<PassageHit> search(String query, int limit) {
        Set<String> terms = new LinkedHashSet<>();
        analyzer.tokens(query).forEach(token -> terms.add(token.term()));
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String term : terms) {
            builder.add(new TermQuery(new Term(IndexFields.TEXT, term)), BooleanClause.Occur.SHOULD);
            builder.add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, term)), TITLE_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        IndexSearcher searcher = acquire();
        try {
            ScoreDoc[] scoreDocs = searcher.search(builder.build(), limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<PassageHit> hits = new ArrayList<>(scoreDocs.length);
            for (ScoreDoc scoreDoc : scoreDocs) {
                hits.add(toHit(stored.document(scoreDoc.doc), scoreDoc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        } finally {
            release(searcher);
        }
    }

    /** How many passages are searchable now. */
    public int passageCount() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    public DossierAnalyzer analyzer() {
        return analyzer;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("opening an index searcher failed", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("releasing an index searcher failed", e);
        }
    }

    private static Term documentTerm(long documentId) {
        return new Term(IndexFields.DOCUMENT_ID, Long.toString(documentId));
    }

    private static Document toDocument(IndexedPassage indexed) {
        Passage passage = indexed.passage();
        Document doc = new Document();
        doc.add(new StringField(IndexFields.DOCUMENT_ID, Long.toString(indexed.documentId()), Field.Store.YES));
        doc.add(new StoredField(IndexFields.ORDINAL, passage.ordinal()));
        doc.add(new StoredField(IndexFields.PAGE, passage.page() == null ? 0 : passage.page()));
        doc.add(new StoredField(IndexFields.START, passage.start()));
        doc.add(new StoredField(IndexFields.END, passage.end()));
        doc.add(new TextField(IndexFields.TEXT, passage.text(), Field.Store.YES));
        doc.add(new TextField(IndexFields.TITLE, indexed.title(), Field.Store.NO));
        doc.add(new StringField(IndexFields.PATH, indexed.path(), Field.Store.NO));
        if (indexed.mediaType() != null) {
            doc.add(new StringField(IndexFields.MEDIA_TYPE, indexed.mediaType(), Field.Store.NO));
        }
        if (indexed.date() != null) {
            doc.add(new LongField(IndexFields.DATE, indexed.date().toEpochMilli(), Field.Store.NO));
        }
        return doc;
    }

    private static PassageHit toHit(Document doc, float score) {
        int page = doc.getField(IndexFields.PAGE).numericValue().intValue();
        return new PassageHit(
                Long.parseLong(doc.get(IndexFields.DOCUMENT_ID)),
                doc.getField(IndexFields.ORDINAL).numericValue().intValue(),
                page == 0 ? null : page,
                doc.getField(IndexFields.START).numericValue().intValue(),
                doc.getField(IndexFields.END).numericValue().intValue(),
                doc.get(IndexFields.TEXT),
                score);
    }
}
