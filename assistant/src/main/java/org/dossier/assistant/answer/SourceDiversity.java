package org.dossier.assistant.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Puts passages in the order an answer's context is filled in: each document's best {@code perDocument} passages in
 * rank order first, then the passages held back, in rank order. A long document that ranks well ten times would
 * otherwise fill the context before a second source — the invoice register behind the contract — gets in; when
 * there is room for all, nothing is lost.
 */
public final class SourceDiversity {

    private final int perDocument;

    public SourceDiversity(int perDocument) {
        if (perDocument < 1) {
            throw new IllegalArgumentException("passages per document must be at least 1, was " + perDocument);
        }
        this.perDocument = perDocument;
    }

    public <T> List<T> order(List<T> ranked, ToLongFunction<T> document) {
        List<T> first = new ArrayList<>(ranked.size());
        List<T> heldBack = new ArrayList<>();
        Map<Long, Integer> taken = new HashMap<>();
        for (T passage : ranked) {
            int count = taken.merge(document.applyAsLong(passage), 1, Integer::sum);
            (count <= perDocument ? first : heldBack).add(passage);
        }
        first.addAll(heldBack);
        return first;
    }
}
