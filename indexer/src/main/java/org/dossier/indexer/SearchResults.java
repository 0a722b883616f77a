package org.dossier.indexer;

import java.util.List;
import java.util.Map;

/**
 * One page of a search, grouped by document.
 *
 * @param documents how many documents match (with the facets chosen)
 * @param passages  how many of their passages match
 * @param page      this page's documents, in the order asked for
 * @param facets    for each facet, its values among the matching documents with their counts, most frequent first
 */
public record SearchResults(long documents, long passages, List<DocumentMatch> page,
                            Map<Facet, List<Facet.Count>> facets) {

    /**
     * A matching document with its best passages, best first.
     *
     * @param score    its best passage's score
     * @param passages how many of its passages match
     * @param copies   the other places of its content ({@link DocumentCatalog#copies}): one result, every place
     */
    public record DocumentMatch(DocumentRecord document, float score, int passages, List<PassageMatch> best,
                                List<DocumentRecord> copies) {

        public DocumentMatch {
            copies = List.copyOf(copies);
        }
    }

    /** A passage with the places of its text that matched, for highlighting. */
    public record PassageMatch(PassageHit passage, List<Mark> marks) {
    }

    /** Characters [start, end) of a passage's text. */
    public record Mark(int start, int end) {
    }
}
