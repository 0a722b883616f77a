package org.dossier.indexer.internal.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.indexer.DossierAnalyzer;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.PassageSearch;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.internal.index.IndexSnapshot;
import org.dossier.indexer.internal.index.PassageIndex;
import org.jspecify.annotations.Nullable;

/**
 * Hybrid search on the Lucene index. BM25 finds exact names, numbers and rare words that vectors blur; vectors find
 * passages that say the same thing in other words. For each question, on one searcher (one commit of the index):
 * <ol>
 *   <li>BM25 over the passages the filter allows, weighing a word by how often the question says it;</li>
 *   <li>if passages carry vectors from the embedding model: the question's vector and its nearest passages,</li>
 *   <li>re-ranked with feedback from the nearest passages BM25 agrees on ({@link VectorFeedback});</li>
 * </ol>
 * then, the searcher released, both lists fused by reciprocal rank with the policy's weights, BM25's by the
 * question's length ({@link SearchPolicy}, {@link FusionWeights}). Without an embedding model, or before any passage
 * has a vector, it is BM25 alone, and the question is not embedded.
 */
public final class LucenePassageSearch implements PassageSearch {

    private final PassageIndex index;
    private final SearchPolicy policy;
    private final DossierAnalyzer words = new DossierAnalyzer();

    public LucenePassageSearch(PassageIndex index) {
        this(index, SearchPolicy.DEFAULT);
    }

    /** With BM25's fusion weights as configured ({@code dossier.indexer.keyword-weight-*}). */
    public LucenePassageSearch(PassageIndex index, FusionWeights weights) {
        this(index, new SearchPolicy(SearchPolicy.DEFAULT.candidates(), weights, SearchPolicy.DEFAULT.feedback()));
    }

    LucenePassageSearch(PassageIndex index, SearchPolicy policy) {
        this.index = index;
        this.policy = policy;
    }

    /**
     * The two ranked lists of one question, read from one snapshot, and each nearest passage's similarity to the
     * question itself (feedback re-scores the vector list against a moved query).
     */
    private record Lists(List<PassageHit> keyword, List<PassageHit> semantic, Map<String, Float> similarity) {
    }

    @Override
    public List<PassageHit> search(String question, @Nullable EmbeddingEngine embeddings, SearchFilter filter,
                                   int limit) {
        int depth = policy.depth(limit);
        Lists lists = index.read(snapshot -> {
            List<PassageHit> keyword = snapshot.keyword(question, filter, depth);
            return semantic(snapshot, question, embeddings, filter, depth, keyword);
        });
        List<PassageHit> fused = lists.semantic().isEmpty() ? lists.keyword() : ReciprocalRankFusion.fuse(
                List.of(lists.keyword(), lists.semantic()),
                List.of(keywordWeight(question), 1.0));
        return EvidenceOf.attach(fused, lists.keyword(), lists.semantic(), lists.similarity());
    }

    /**
     * Passages near the question by meaning, re-ranked with feedback from those BM25 agrees on. Nothing to compare
     * without words: a filter alone (a thread, say) lists its passages by date.
     */
    private Lists semantic(IndexSnapshot snapshot, String question, @Nullable EmbeddingEngine embeddings,
                           SearchFilter filter, int depth, List<PassageHit> keyword) {
        if (question.isBlank() || embeddings == null || snapshot.vectorCount(embeddings.modelId()) == 0) {
            return new Lists(keyword, List.of(), Map.of());
        }
        float[] vector = embeddings.embedQuery(question);
        List<PassageHit> nearest = snapshot.nearest(vector, embeddings.modelId(), filter, depth);
        Map<String, Float> similarity = new HashMap<>();
        nearest.forEach(hit -> similarity.put(hit.key(), hit.score()));
        VectorFeedback feedback = policy.feedback();
        return new Lists(keyword, FeedbackRescorer.rescore(snapshot, vector, nearest,
                feedback.choose(nearest, keyword), feedback.weight()), similarity);
    }

    /**
     * BM25's fusion weight for this question; its words that name something ({@link QuestionWords}) are counted only
     * when the configured weights depend on the count.
     */
    private double keywordWeight(String question) {
        FusionWeights weights = policy.weights();
        return weights.keywordWeight(weights.byLength() ? QuestionWords.count(words, question) : 0);
    }

    @Override
    public int passageCount() {
        return index.read(IndexSnapshot::passageCount);
    }

    @Override
    public DossierAnalyzer analyzer() {
        return words;
    }
}
