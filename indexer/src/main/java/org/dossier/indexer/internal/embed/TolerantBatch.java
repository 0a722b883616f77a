package org.dossier.indexer.internal.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.indexer.internal.index.IndexedPassage;
import org.dossier.indexer.internal.index.PendingVectors;

/**
 * Embeds one batch so that a passage the model cannot take costs that passage only, never the batch or the stage:
 * passages without words are set aside before the model sees them, and a batch the model rejects is split in halves
 * until the passages it rejects stand alone. When nothing at all embeds, a known-good text tells a broken model
 * (stop the stage, say why) from a batch of bad passages (skip them).
 */
final class TolerantBatch {

    static final String NO_WORDS = "the passage holds no words (empty, or only spaces and control characters)";
    /** Any model embeds this; failing on it means the model, not the passages, is at fault. */
    private static final String PROBE = "Dossier checks that the embedding model works.";

    /** What one batch gave: vectors for some passages, a reason for each of the others. */
    record Outcome(PendingVectors embedded, List<float[]> vectors, Map<IndexedPassage, String> unembeddable) {
    }

    /** The model cannot embed anything now (it did not load, its server is gone): the stage stops. */
    static final class ModelUnavailable extends RuntimeException {
        ModelUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final EmbeddingEngine engine;

    TolerantBatch(EmbeddingEngine engine) {
        this.engine = engine;
    }

    Outcome embed(PendingVectors pending) {
        failIfNotLoaded();
        List<IndexedPassage> embedded = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        Map<IndexedPassage, String> unembeddable = new LinkedHashMap<>();
        List<IndexedPassage> withWords = new ArrayList<>();
        for (IndexedPassage passage : pending.passages()) {
            if (hasNoWords(passage.passage().text())) {
                unembeddable.put(passage, NO_WORDS);
            } else {
                withWords.add(passage);
            }
        }
        Map<IndexedPassage, RuntimeException> rejected = new LinkedHashMap<>();
        embedOrSplit(withWords, embedded, vectors, rejected);
        if (embedded.isEmpty() && !rejected.isEmpty()) {
            checkModelWorks(rejected.values().iterator().next());
        }
        rejected.forEach((passage, error) -> unembeddable.put(passage, "the embedding model rejected it: "
                + Reasons.of(error)));
        return new Outcome(new PendingVectors(embedded, pending.readAt()), vectors, unembeddable);
    }

    /**
     * Blank by Java's rules, or by {@link String#trim()}'s, which also drops control characters: embedding libraries
     * refuse both ("Cannot embed empty or whitespace-only text").
     */
    static boolean hasNoWords(String text) {
        return text.isBlank() || text.trim().isEmpty();
    }

    private void embedOrSplit(List<IndexedPassage> passages, List<IndexedPassage> embedded, List<float[]> vectors,
                              Map<IndexedPassage, RuntimeException> rejected) {
        if (passages.isEmpty()) {
            return;
        }
        try {
            List<float[]> made = engine.embed(passages.stream().map(p -> p.passage().text()).toList());
            embedded.addAll(passages);
            vectors.addAll(made);
        } catch (RuntimeException e) {
            failIfNotLoaded();
            if (passages.size() == 1) {
                rejected.put(passages.getFirst(), e);
                return;
            }
            int half = passages.size() / 2;
            embedOrSplit(passages.subList(0, half), embedded, vectors, rejected);
            embedOrSplit(passages.subList(half, passages.size()), embedded, vectors, rejected);
        }
    }

    private void failIfNotLoaded() {
        ModelStatus status = engine.status();
        if (status.state() == ModelStatus.State.FAILED) {
            throw new ModelUnavailable(status.detail(), null);
        }
    }

    private void checkModelWorks(RuntimeException passageError) {
        try {
            engine.embed(List.of(PROBE));
        } catch (RuntimeException e) {
            throw new ModelUnavailable("the embedding model fails on every passage: " + Reasons.of(passageError), e);
        }
    }
}
