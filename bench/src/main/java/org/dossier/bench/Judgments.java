package org.dossier.bench;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Relevance judgments: for each query id, the gain of each judged document (only gains above 0 are kept). */
final class Judgments {

    private final Map<Integer, Map<Long, Integer>> gains = new HashMap<>();

    /** Records a judgment; a gain of 0 or less (not relevant) is not kept, as an unjudged document counts the same. */
    void add(int queryId, long documentId, int gain) {
        if (gain > 0) {
            gains.computeIfAbsent(queryId, q -> new HashMap<>()).merge(documentId, gain, Math::max);
        }
    }

    /** Gains of the relevant documents of a query; empty when it has none. */
    Map<Long, Integer> relevant(int queryId) {
        return Collections.unmodifiableMap(gains.getOrDefault(queryId, Map.of()));
    }

    /** Queries with at least one relevant document, in id order: the ones metrics are averaged over. */
    Set<Integer> judgedQueries() {
        return new TreeSet<>(gains.keySet());
    }

    /** Every gain counted as 1: for binary metrics on a graded collection. */
    Map<Long, Integer> relevantBinary(int queryId) {
        Map<Long, Integer> binary = new HashMap<>();
        relevant(queryId).keySet().forEach(doc -> binary.put(doc, 1));
        return binary;
    }
}
