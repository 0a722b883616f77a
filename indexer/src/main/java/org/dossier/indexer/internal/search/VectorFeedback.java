package org.dossier.indexer.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dossier.indexer.PassageHit;

/**
 * Pseudo-relevance feedback for vector search (Rocchio's method on embeddings), taken only from passages both
 * searches agree on. A question is short and worded as a question; the passages nearest to it say the matter in the
 * documents' own words, and pulling the query toward them finds the other passages that do. But a near passage can
 * be near for the wrong reason, and feeding it back drifts the search. So a passage feeds back only when it is among
 * the {@code nearest} passages by meaning <em>and</em> its document is among the {@code keywordDocuments} best by
 * BM25: two independent signals agreeing. No agreement, no feedback.
 *
 * <p>Measured (bench "retrieval-quality", hybrid nDCG@10): feedback from the two nearest passages regardless of
 * agreement lifted Cranfield from 0.416 to 0.432 and cost CISI 0.025; with the agreement rule Cranfield keeps 0.429
 * and CISI gains (0.436). Weight 0.5 rather than 1 scored the same on the collections and, on the sample corpus,
 * kept the one email that answers a question about Bluewater's invoices above a press article about the same
 * company that feedback at weight 1 pulled ahead of it.
 *
 * @param nearest          how many of the nearest passages may feed back
 * @param keywordDocuments how many of BM25's best documents a feedback passage's document must be among
 * @param maxPassages      at most this many passages feed back
 * @param weight           their mean vector's weight against the query vector's 1
 */
public record VectorFeedback(int nearest, int keywordDocuments, int maxPassages, float weight) {

    public static final VectorFeedback NONE = new VectorFeedback(0, 0, 0, 0f);

    /** What Dossier's hybrid search uses. */
    public static final VectorFeedback DEFAULT = new VectorFeedback(3, 5, 2, 0.5f);

    public VectorFeedback {
        if (nearest < 0 || keywordDocuments < 0 || maxPassages < 0 || weight < 0) {
            throw new IllegalArgumentException("feedback settings must not be negative");
        }
    }

    public boolean isOn() {
        return nearest > 0 && keywordDocuments > 0 && maxPassages > 0 && weight > 0;
    }

    /** The passages to feed back: near by meaning, from a document BM25 also ranks high; best first. */
    public List<PassageHit> choose(List<PassageHit> semantic, List<PassageHit> keyword) {
        if (!isOn()) {
            return List.of();
        }
        Set<Long> keywordTop = keyword.stream().map(PassageHit::documentId).distinct().limit(keywordDocuments)
                .collect(Collectors.toSet());
        List<PassageHit> chosen = new ArrayList<>();
        for (PassageHit hit : semantic.subList(0, Math.min(nearest, semantic.size()))) {
            if (chosen.size() < maxPassages && keywordTop.contains(hit.documentId())) {
                chosen.add(hit);
            }
        }
        return chosen;
    }
}
