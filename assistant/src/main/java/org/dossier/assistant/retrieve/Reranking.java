package org.dossier.assistant.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.dossier.engine.ModelStatus;
import org.dossier.engine.Reranker;
import org.dossier.indexer.PassageHit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-orders the best fused passages by a reranker's scores, which come from reading the question and each passage
 * together; the passages beyond the first {@code candidates} keep their place after them. The reranker only ever
 * improves an order: when it has failed, is too slow or answers nonsense, the fused order stands and the search
 * goes on.
 */
public final class Reranking {

    /** No reranker: the fused order as it is. */
    public static final Reranking NONE = new Reranking(null, 1);

    private static final Logger LOG = LoggerFactory.getLogger(Reranking.class);

    private final @Nullable Reranker reranker;
    private final int candidates;

    /**
     * @param reranker   the cross-encoder, or {@code null} for none
     * @param candidates how many of the best fused passages it scores: each costs the reranker a pass
     */
    public Reranking(@Nullable Reranker reranker, int candidates) {
        if (candidates < 1) {
            throw new IllegalArgumentException("rerank candidates must be at least 1, was " + candidates);
        }
        this.reranker = reranker;
        this.candidates = candidates;
    }

    List<PassageHit> reorder(String question, List<PassageHit> fused) {
        int count = Math.min(candidates, fused.size());
        if (reranker == null || count < 2) {
            return fused;
        }
        ModelStatus status = reranker.status();
        if (status.state() == ModelStatus.State.FAILED) {
            return fused; // said once, when it failed; asking it at every search would say it again
        }
        List<PassageHit> head = fused.subList(0, count);
        double[] scores;
        try {
            scores = reranker.rerank(question, head.stream().map(PassageHit::text).toList());
        } catch (RuntimeException e) {
            LOG.warn("re-ranking failed, keeping the fused order: {}", e.getMessage());
            return fused;
        }
        if (scores.length != count) {
            LOG.warn("the reranker scored {} of {} passages; keeping the fused order", scores.length, count);
            return fused;
        }
        List<PassageHit> reordered = new ArrayList<>(fused.size());
        // A stable sort: passages the reranker cannot tell apart keep their fused order.
        IntStream.range(0, count).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed())
                .forEach(i -> reordered.add(head.get(i).withEvidence(
                        head.get(i).evidence().withRerankScore((float) scores[i])))); // evidence for Answerability
        reordered.addAll(fused.subList(count, fused.size()));
        return reordered;
    }
}
