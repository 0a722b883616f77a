package org.dossier.indexer.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.jspecify.annotations.Nullable;

/**
 * The index as one searcher sees it, for the length of a {@link PassageIndex#read}: every read here comes from the
 * same commit. Not to be kept past the read that handed it over (its searcher is released then).
 */
public final class IndexSnapshot {

    private final IndexSearcher searcher;
    private final PassageAnalyzer analyzer;

    IndexSnapshot(IndexSearcher searcher, PassageAnalyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    /**
     * BM25 ({@link KeywordQuery}) among the passages the filter allows. A query without words lists what the filter
     * allows, unranked: the messages of a thread, say.
     */
    public List<PassageHit> keyword(String query, SearchFilter filter, int limit) {
        Query words = KeywordQuery.of(query, analyzer);
        if (words == null) {
            return filter.isEmpty() ? List.of() : oldestFirst(FilterQuery.of(filter, analyzer), limit);
        }
        Query bm25 = filter.isEmpty() ? words : new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(FilterQuery.of(filter, analyzer), BooleanClause.Occur.FILTER).build();
        return hits(bm25, limit);
    }

    /** Nearest passages to a vector, among those embedded by the given model only, searched as Dossier searches. */
    public List<PassageHit> nearest(float[] vector, String model, SearchFilter filter, int limit) {
        return nearest(vector, model, filter, limit, NearestSearch.DEFAULT);
    }

    /** Nearest passages to a vector, among those embedded by the given model only, searched the given way. */
    public List<PassageHit> nearest(float[] vector, String model, SearchFilter filter, int limit, NearestSearch search) {
        Query sameModel = new TermQuery(new Term(IndexFields.VECTOR_MODEL, model));
        Query restriction = filter.isEmpty() ? sameModel : new BooleanQuery.Builder()
                .add(sameModel, BooleanClause.Occur.FILTER)
                .add(FilterQuery.of(filter, analyzer), BooleanClause.Occur.FILTER).build();
        // Lucene's rescoring fails on an empty candidate list: no passage allowed, nothing to search
        if (search.rescore() && count(restriction) == 0) {
            return List.of();
        }
        return hits(search.query(vector, restriction, limit), limit);
    }

    /**
     * Every passage a query of the search page's language matches, best first, and what it looked for. Only the
     * document id of each is read (however many match); {@link #passages} reads the passages to show.
     */
    public Matches matching(String queryLanguage) {
        QueryLanguage.Parsed parsed = QueryLanguage.parse(queryLanguage, analyzer);
        try {
            int count = searcher.count(parsed.query());
            List<Match> matches = new ArrayList<>(count);
            if (count > 0) {
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc scoreDoc : searcher.search(parsed.query(), count).scoreDocs) {
                    String id = stored.document(scoreDoc.doc, DOCUMENT_ID_ONLY).get(IndexFields.DOCUMENT_ID);
                    matches.add(new Match(scoreDoc.doc, Long.parseLong(id), scoreDoc.score));
                }
            }
            return new Matches(matches, parsed.matchedWord());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new org.dossier.indexer.MalformedQueryException("The query asks for too many words at once (a "
                    + "wildcard that matches very many?): make it narrower.");
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    private static final java.util.Set<String> DOCUMENT_ID_ONLY = java.util.Set.of(IndexFields.DOCUMENT_ID);

    /** A passage a query matched: where it is in this snapshot, its document and its score. */
    public record Match(int doc, long documentId, float score) {
    }

    /**
     * Passages a query matched, best first, and a test for the analysed words of a passage it looked for (for
     * highlighting).
     */
    public record Matches(List<Match> matches, java.util.function.Predicate<String> matchedWord) {
    }

    /** The passages of matches from this snapshot ({@link #matching}), in the same order. */
    public List<PassageHit> passages(List<Match> matches) {
        try {
            StoredFields stored = searcher.storedFields();
            List<PassageHit> hits = new ArrayList<>(matches.size());
            for (Match match : matches) {
                hits.add(PassageDocuments.toHit(stored.document(match.doc()), match.score()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("reading passages failed", e);
        }
    }

    /** A document's passages in their order. */
    public List<PassageHit> passagesOf(long documentId) {
        Query ofDocument = new TermQuery(new Term(IndexFields.DOCUMENT_ID, Long.toString(documentId)));
        try {
            int count = searcher.count(ofDocument);
            if (count == 0) {
                return List.of();
            }
            List<PassageHit> passages = new ArrayList<>(toHits(searcher.search(ofDocument, count).scoreDocs, false));
            passages.sort(java.util.Comparator.comparingInt(PassageHit::ordinal));
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the passages of document " + documentId + " failed", e);
        }
    }

    /** How many passages are searchable. */
    public int passageCount() {
        return count(new MatchAllDocsQuery());
    }

    /** How many searchable passages carry a vector from this model. */
    public int vectorCount(String model) {
        return count(new TermQuery(new Term(IndexFields.VECTOR_MODEL, model)));
    }

    /** How many searchable passages this model could not embed (they stay keyword-searchable). */
    public int unembeddableCount(String model) {
        return count(new TermQuery(new Term(IndexFields.UNEMBEDDABLE_BY, model)));
    }

    /** The vectors of these passages by key; a passage that is gone (its document changed) has none. */
    public Map<String, float[]> vectors(List<PassageHit> passages) {
        Map<String, float[]> vectors = new HashMap<>();
        try {
            for (PassageHit passage : passages) {
                float[] vector = StoredVector.of(searcher, passage.key());
                if (vector != null) {
                    vectors.put(passage.key(), vector);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading passage vectors failed", e);
        }
        return vectors;
    }

    /** Live passages per document id: what recovery and checks compare with the catalog. */
    public Map<Long, Integer> passageCountsByDocument() {
        try {
            return DocumentPassageCounts.of(searcher.getIndexReader());
        } catch (IOException e) {
            throw new UncheckedIOException("reading document ids from the index failed", e);
        }
    }

    /** Up to {@code max} passages without a vector from this model, leaving out those it could not embed. */
    List<IndexedPassage> withoutVector(String model, int max) {
        Query missing = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.VECTOR_MODEL, model)), BooleanClause.Occur.MUST_NOT)
                .add(new TermQuery(new Term(IndexFields.UNEMBEDDABLE_BY, model)), BooleanClause.Occur.MUST_NOT)
                .build();
        try {
            ScoreDoc[] docs = searcher.search(missing, max).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<IndexedPassage> passages = new ArrayList<>(docs.length);
            for (ScoreDoc doc : docs) {
                passages.add(PassageDocuments.fromStored(stored.document(doc.doc)));
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException("reading passages without vectors failed", e);
        }
    }

    private List<PassageHit> hits(Query query, int limit) {
        try {
            return toHits(searcher.search(query, limit).scoreDocs, true);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    /** Passages by date, oldest first (a thread reads in order), each with a score of 0: nothing was ranked. */
    private List<PassageHit> oldestFirst(Query query, int limit) {
        try {
            // ties (passages of one document) keep index order, which is the order of the document
            Sort byDate = new Sort(new SortedNumericSortField(IndexFields.DATE, SortField.Type.LONG));
            return toHits(searcher.search(query, limit, byDate).scoreDocs, false);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    private List<PassageHit> toHits(ScoreDoc[] scoreDocs, boolean scored) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<PassageHit> hits = new ArrayList<>(scoreDocs.length);
        for (ScoreDoc scoreDoc : scoreDocs) {
            hits.add(PassageDocuments.toHit(stored.document(scoreDoc.doc), scored ? scoreDoc.score : 0f));
        }
        return hits;
    }

    private int count(Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException("counting passages failed", e);
        }
    }
}
