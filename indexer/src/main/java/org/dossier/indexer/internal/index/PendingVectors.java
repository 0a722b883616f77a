package org.dossier.indexer.internal.index;

import java.util.List;

/**
 * Passages waiting for a vector, as read at one moment of the index ({@code readAt}, a change number), so that a
 * vector made for a passage whose document changed since can be recognised and dropped.
 */
public record PendingVectors(List<IndexedPassage> passages, long readAt) {

    public PendingVectors {
        passages = List.copyOf(passages);
    }

    public List<String> texts() {
        return passages.stream().map(p -> p.passage().text()).toList();
    }

    public boolean isEmpty() {
        return passages.isEmpty();
    }
}
