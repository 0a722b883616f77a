package org.dossier.assistant.retrieve;

import java.util.List;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.indexer.DossierAnalyzer;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.PassageSearch;
import org.dossier.indexer.SearchFilter;
import org.jspecify.annotations.Nullable;

/**
 * The search a {@link Retriever} runs, in three steps:
 * <ol>
 *   <li>the index's ranking of keyword and meaning together ({@link PassageSearch}: BM25 and vectors with feedback,
 *       fused by reciprocal rank, on one snapshot of the index), read deeper than the limit;</li>
 *   <li>the best of it re-ordered by the reranker, when there is one (a model call, so it stays out of the index);</li>
 *   <li>near-duplicate passages (a reply quoting its message, the same text in two files) collapsed, which must come
 *       after re-ranking, and the list cut to the limit.</li>
 * </ol>
 * Without an embedding model, or before any passage has a vector, the ranking is BM25 alone.
 */
public final class HybridSearch {

    private final PassageSearch passages;
    private final @Nullable EmbeddingEngine embeddings;
    private final Reranking reranking;

    public HybridSearch(PassageSearch passages, @Nullable EmbeddingEngine embeddings) {
        this(passages, embeddings, Reranking.NONE);
    }

    /** With a reranker, which re-orders the best fused passages before near duplicates are collapsed. */
    public HybridSearch(PassageSearch passages, @Nullable EmbeddingEngine embeddings, Reranking reranking) {
        this.passages = passages;
        this.embeddings = embeddings;
        this.reranking = reranking;
    }

    /** Words as the index analyses them. */
    public DossierAnalyzer analyzer() {
        return passages.analyzer();
    }

    public List<PassageHit> search(String question, SearchFilter filter, int limit) {
        List<PassageHit> ranked = passages.search(question, embeddings, filter, limit);
        // without words there is nothing to read the passages against: a thread keeps its order by date
        List<PassageHit> ordered = question.isBlank() ? ranked : reranking.reorder(question, ranked);
        return NearDuplicates.collapse(ordered, limit);
    }
}
