package org.dossier.indexer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.indexer.internal.chunk.Passage;
import org.dossier.indexer.internal.index.IndexedPassage;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.search.LucenePassageSearch;
import org.jspecify.annotations.Nullable;

/**
 * A test's passage index: the search face the application searches through ({@link PassageSearch}), plus the single
 * keyword and vector searches that tests check indexing with, and passages put in directly for tests about search
 * rather than indexing.
 */
public final class TestIndex implements PassageSearch, AutoCloseable {

    private final PassageIndex index;
    private final PassageSearch search;

    /** A new or existing index in a folder, closed with this. */
    public TestIndex(Path dir) {
        this(new PassageIndex(dir));
    }

    TestIndex(PassageIndex index) {
        this.index = index;
        this.search = new LucenePassageSearch(index);
    }

    /** The index itself, for indexer tests that write to it. */
    public PassageIndex passages() {
        return index;
    }

    @Override
    public List<PassageHit> search(String question, @Nullable EmbeddingEngine embeddings, SearchFilter filter,
                                   int limit) {
        return search.search(question, embeddings, filter, limit);
    }

    @Override
    public int passageCount() {
        return search.passageCount();
    }

    @Override
    public DossierAnalyzer analyzer() {
        return search.analyzer();
    }

    /** BM25 alone, the {@code limit} best. */
    public List<PassageHit> search(String words, int limit) {
        return search(words, SearchFilter.NONE, limit);
    }

    /** BM25 alone among the passages the filter allows, the {@code limit} best. */
    public List<PassageHit> search(String words, SearchFilter filter, int limit) {
        return index.read(snapshot -> snapshot.keyword(words, filter, limit));
    }

    /** The nearest passages by one model's vectors alone. */
    public List<PassageHit> searchVector(float[] vector, String model, SearchFilter filter, int limit) {
        return index.read(snapshot -> snapshot.nearest(vector, model, filter, limit));
    }

    public int vectorCount(String model) {
        return index.read(snapshot -> snapshot.vectorCount(model));
    }

    /**
     * Puts one passage, the whole text of a document, in the index (visible after {@link #commit()}).
     *
     * @param mail the headers of a message, or {@code null}
     */
    public void add(long documentId, String text, String title, String path, @Nullable String mediaType,
                    @Nullable Instant date, @Nullable String author, @Nullable MailHeaders mail) {
        index.replace(documentId, List.of(new IndexedPassage(documentId, 1,
                new Passage(0, 0, text.length(), null, text), title, path, mediaType, date, author, mail)));
    }

    public void commit() {
        index.commit();
    }

    @Override
    public void close() throws Exception {
        index.close();
    }
}
