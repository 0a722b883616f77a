package org.dossier.indexer;

import java.util.List;

/**
 * The search page's search: a query language over the passages, results grouped by document, counted by facets;
 * and a document's passages in order, to show its text. Behind it, as behind {@link PassageSearch}, no index
 * library's types.
 *
 * <p>The query language: words (all must be in one passage), {@code "a phrase"}, {@code AND}, {@code OR},
 * {@code NOT}, {@code +must}, {@code -mustnot}, wildcards {@code harb*} and {@code h?rbour}, fuzzy {@code harbor~},
 * proximity {@code "dredging invoice"~5}, parentheses, and fields: {@code from:}, {@code to:}, {@code subject:},
 * {@code path:} (the path starts with) and {@code type:} (the media type starts with).
 */
public interface DocumentSearch {

    /** @throws MalformedQueryException when the query does not follow the language */
    SearchResults search(SearchRequest request);

    /** A document's passages in their order in the document (empty for one without indexed text). */
    List<PassageHit> passagesOf(long documentId);
}
