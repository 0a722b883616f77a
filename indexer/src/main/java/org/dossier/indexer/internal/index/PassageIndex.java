package org.dossier.indexer.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.dossier.indexer.DossierAnalyzer;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;

/**
 * The passages of every indexed document, on disk. One writer lives as long as the application; searches go
 * through a {@link SearcherManager} that is refreshed after each commit, never per query.
 *
 * <p>Passages arrive first without vectors (keyword-searchable at once); the embedding stage adds vectors later
 * ({@link #pendingVectors}, {@link #addVectors}). A vector computed for a passage whose document changed meanwhile
 * is dropped, never written over the newer passage.
 */
public final class PassageIndex implements AutoCloseable {

    /** The distinct words of a query that count; the rest of a pasted page is left out (see {@link #search}). */
    static final int MAX_QUERY_WORDS = 256;


    /** Titles help, but a word in the passage itself is the stronger evidence. */
    private static final float TITLE_BOOST = 0.3f;

    private final PassageAnalyzer analyzer = new PassageAnalyzer();
    private final DossierAnalyzer words = new DossierAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Change number of each document's last replace or delete, to spot vectors made for an older version. */
    private final Map<Long, Long> lastChange = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    public PassageIndex(Path dir) {
        try {
            this.directory = FSDirectory.open(dir);
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setCodec(PassageCodec.create()) // vectors quantized to 8 bits: why in PassageCodec
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + dir
                    + " — is another Dossier using this data directory?", e);
        }
    }

    /** Replaces whatever the index holds for a document with these passages (not visible until {@link #commit}). */
    public synchronized void replace(long documentId, List<IndexedPassage> passages) {
        lastChange.put(documentId, changes.incrementAndGet());
        try {
            writer.deleteDocuments(documentTerm(documentId));
            writer.addDocuments(passages.stream().map(p -> PassageDocuments.toDocument(p, null, null)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("indexing document " + documentId + " failed", e);
        }
    }

    public synchronized void delete(long documentId) {
        lastChange.put(documentId, changes.incrementAndGet());
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

    /**
     * BM25 over passage text (and, lighter, titles); every analysed word of the query is an optional clause, weighted
     * by how often the query says it. A word a question repeats matters more to it: that is BM25's query-term
     * frequency, and dropping it cost 0.07 nDCG@10 on CISI's long queries (bench "retrieval-quality").
     */
    public List<PassageHit> search(String query, int limit) {
        return search(query, SearchFilter.NONE, limit);
    }

    /**
     * As {@link #search(String, int)}, among the passages the filter allows. A query without words lists what the
     * filter allows, unranked: the messages of a thread, say.
     */
    public List<PassageHit> search(String query, SearchFilter filter, int limit) {
        // Lucene refuses a query of more than 1,024 clauses; each word is two (text and title), and a filter adds some
        Map<String, Integer> termCounts = new LinkedHashMap<>();
        analyzer.tokens(query).forEach(token -> {
            if (termCounts.size() < MAX_QUERY_WORDS || termCounts.containsKey(token.term())) {
                termCounts.merge(token.term(), 1, Integer::sum);
            }
        });
        if (termCounts.isEmpty()) {
            return filter.isEmpty() ? List.of() : oldestFirst(FilterQuery.of(filter, analyzer), limit);
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        termCounts.forEach((term, count) -> {
            words.add(boosted(new TermQuery(new Term(IndexFields.TEXT, term)), count), BooleanClause.Occur.SHOULD);
            words.add(boosted(new TermQuery(new Term(IndexFields.TITLE, term)), TITLE_BOOST * count),
                    BooleanClause.Occur.SHOULD);
        });
        Query bm25 = filter.isEmpty() ? words.build() : new BooleanQuery.Builder()
                .add(words.build(), BooleanClause.Occur.MUST)
                .add(FilterQuery.of(filter, analyzer), BooleanClause.Occur.FILTER).build();
        return hits(bm25, limit);
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    /** Nearest passages to a vector, among those embedded by the given model only. */
    public List<PassageHit> searchVector(float[] vector, String model, SearchFilter filter, int limit) {
        Query sameModel = new TermQuery(new Term(IndexFields.VECTOR_MODEL, model));
        Query restriction = filter.isEmpty() ? sameModel : new BooleanQuery.Builder()
                .add(sameModel, BooleanClause.Occur.FILTER)
                .add(FilterQuery.of(filter, analyzer), BooleanClause.Occur.FILTER).build();
        return hits(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, limit, restriction), limit);
    }

    /**
     * The candidates of a vector search ranked again by the query vector moved toward the feedback passages' vectors
     * ({@link VectorFeedback}). Re-ranking the candidates instead of searching the graph again keeps the cost to a
     * few dozen vector reads.
     */
    public List<PassageHit> rescoreWithFeedback(float[] vector, List<PassageHit> candidates,
                                                List<PassageHit> feedback, float weight) {
        if (feedback.isEmpty() || candidates.size() < 2) {
            return candidates;
        }
        IndexSearcher searcher = acquire();
        try {
            FeedbackRescorer rescorer = new FeedbackRescorer(searcher, IndexFields.KEY, IndexFields.VECTOR);
            return rescorer.rescore(vector, candidates, feedback, weight);
        } catch (IOException e) {
            throw new UncheckedIOException("reading passage vectors failed", e);
        } finally {
            release(searcher);
        }
    }

    /** Up to {@code max} passages that have no vector from this model yet, with the change number they were read at. */
    public PendingVectors pendingVectors(String model, int max) {
        Query missing = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.VECTOR_MODEL, model)), BooleanClause.Occur.MUST_NOT)
                .build();
        long readAt = changes.get();
        IndexSearcher searcher = acquire();
        try {
            ScoreDoc[] docs = searcher.search(missing, max).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<IndexedPassage> passages = new ArrayList<>(docs.length);
            for (ScoreDoc doc : docs) {
                passages.add(PassageDocuments.fromStored(stored.document(doc.doc)));
            }
            return new PendingVectors(passages, readAt);
        } catch (IOException e) {
            throw new UncheckedIOException("reading passages without vectors failed", e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Writes vectors for passages read by {@link #pendingVectors}; those whose document changed since are skipped.
     *
     * @return how many were written
     */
    public synchronized int addVectors(PendingVectors pending, List<float[]> vectors, String model) {
        if (vectors.size() != pending.passages().size()) {
            throw new IllegalArgumentException(vectors.size() + " vectors for " + pending.passages().size() + " passages");
        }
        int written = 0;
        try {
            for (int i = 0; i < vectors.size(); i++) {
                IndexedPassage passage = pending.passages().get(i);
                if (lastChange.getOrDefault(passage.documentId(), 0L) > pending.readAt()) {
                    continue;
                }
                writer.updateDocument(new Term(IndexFields.KEY, passage.key()),
                        PassageDocuments.toDocument(passage, vectors.get(i), model));
                written++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing vectors failed", e);
        }
        return written;
    }

    /** Live passages per document id, read from the committed index: what recovery and checks compare. */
    public Map<Long, Integer> passageCountsByDocument() {
        Map<Long, Integer> counts = new java.util.HashMap<>();
        IndexSearcher searcher = acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(IndexFields.DOCUMENT_ID);
                if (terms == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum ids = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef id = ids.next(); id != null; id = ids.next()) {
                    postings = ids.postings(postings, PostingsEnum.NONE);
                    int alive = 0;
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            alive++;
                        }
                    }
                    if (alive > 0) {
                        counts.merge(Long.parseLong(id.utf8ToString()), alive, Integer::sum);
                    }
                }
            }
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("reading document ids from the index failed", e);
        } finally {
            release(searcher);
        }
    }

    /** How many passages are searchable now. */
    public int passageCount() {
        return count(new MatchAllDocsQuery());
    }

    /** How many searchable passages carry a vector from this model. */
    public int vectorCount(String model) {
        return count(new TermQuery(new Term(IndexFields.VECTOR_MODEL, model)));
    }

    /** Words as this index sees them, for highlighting and relevance checks. */
    public DossierAnalyzer analyzer() {
        return words;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private List<PassageHit> hits(Query query, int limit) {
        IndexSearcher searcher = acquire();
        try {
            return toHits(searcher, searcher.search(query, limit).scoreDocs);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        } finally {
            release(searcher);
        }
    }

    /** Passages by date, oldest first (a thread reads in order), each with a score of 0: nothing was ranked. */
    private List<PassageHit> oldestFirst(Query query, int limit) {
        IndexSearcher searcher = acquire();
        try {
            // ties (passages of one document) keep index order, which is the order of the document
            Sort byDate = new Sort(new SortedNumericSortField(IndexFields.DATE, SortField.Type.LONG));
            ScoreDoc[] scoreDocs = searcher.search(query, limit, byDate).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<PassageHit> hits = new ArrayList<>(scoreDocs.length);
            for (ScoreDoc scoreDoc : scoreDocs) {
                hits.add(PassageDocuments.toHit(stored.document(scoreDoc.doc), 0f));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        } finally {
            release(searcher);
        }
    }

    private static List<PassageHit> toHits(IndexSearcher searcher, ScoreDoc[] scoreDocs) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<PassageHit> hits = new ArrayList<>(scoreDocs.length);
        for (ScoreDoc scoreDoc : scoreDocs) {
            hits.add(PassageDocuments.toHit(stored.document(scoreDoc.doc), scoreDoc.score));
        }
        return hits;
    }

    private int count(Query query) {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException("counting passages failed", e);
        } finally {
            release(searcher);
        }
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
}
