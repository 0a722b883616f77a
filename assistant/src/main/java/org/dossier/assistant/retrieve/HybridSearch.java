package org.dossier.assistant.retrieve;

import java.util.List;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.index.VectorFeedback;
import org.jspecify.annotations.Nullable;

/**
 * Keyword and meaning together: BM25 finds exact names, numbers and rare words that vectors blur; vectors find
 * passages that say the same thing in other words. Both lists are fused by reciprocal rank, then near-duplicate
 * passages (a reply quoting its message, the same text in two files) are collapsed. The vector side takes feedback
 * from passages both searches agree on ({@link VectorFeedback}), and BM25 weighs words by how often the question
 * says them. Without an embedding model, or before any passage has a vector, it is BM25 alone.
 */
public final class HybridSearch {

    /** How deep each list is read before fusion; the fused list is cut to the caller's limit. */
    static final int CANDIDATES = 50;

    /**
     * BM25's weight in the fusion, against 1 for vectors. On Cranfield, CISI and Medline a weight of 0.5 can score a
     * little higher (bench/results/retrieval-quality.json, variant "doc-level RRF, BM25 weight 0.5"), but on the
     * sample corpus it let a note that talks about the same company outrank the one email holding the exact phrase
     * asked about. A journalist's questions name things
     * (people, companies, invoice numbers): exact words keep an equal say.
     */
    static final double KEYWORD_WEIGHT = 1.0;

    private final PassageIndex index;
    private final @Nullable EmbeddingEngine embeddings;
    private final Reranking reranking;

    public HybridSearch(PassageIndex index, @Nullable EmbeddingEngine embeddings) {
        this(index, embeddings, Reranking.NONE);
    }

    /** With a reranker, which re-orders the best fused passages before near duplicates are collapsed. */
    public HybridSearch(PassageIndex index, @Nullable EmbeddingEngine embeddings, Reranking reranking) {
        this.index = index;
        this.embeddings = embeddings;
        this.reranking = reranking;
    }

    public List<PassageHit> search(String question, SearchFilter filter, int limit) {
        int depth = Math.max(CANDIDATES, limit);
        List<PassageHit> keyword = index.search(question, filter, depth);
        List<PassageHit> semantic = semantic(question, filter, depth, keyword);
        List<PassageHit> fused = semantic.isEmpty() ? keyword
                : ReciprocalRankFusion.fuse(List.of(keyword, semantic), List.of(KEYWORD_WEIGHT, 1.0));
        // without words there is nothing to read the passages against: a thread keeps its order by date
        List<PassageHit> ordered = question.isBlank() ? fused : reranking.reorder(question, fused);
        return NearDuplicates.collapse(ordered, limit);
    }

    /**
     * Passages near the question by meaning, re-ranked with feedback from those BM25 agrees on. Nothing to compare
     * without words: a filter alone (a thread, say) lists its passages by date.
     */
    private List<PassageHit> semantic(String question, SearchFilter filter, int depth, List<PassageHit> keyword) {
        if (question.isBlank() || embeddings == null || index.vectorCount(embeddings.modelId()) == 0) {
            return List.of();
        }
        float[] vector = embeddings.embedQuery(question);
        List<PassageHit> nearest = index.searchVector(vector, embeddings.modelId(), filter, depth);
        List<PassageHit> feedback = VectorFeedback.DEFAULT.choose(nearest, keyword);
        return index.rescoreWithFeedback(vector, nearest, feedback, VectorFeedback.DEFAULT.weight());
    }
}
