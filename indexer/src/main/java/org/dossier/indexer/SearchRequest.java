package org.dossier.indexer;

import java.util.List;

/**
 * A search as the search page asks it.
 *
 * @param query    in the query language ({@link DocumentSearch}); blank lists everything the facets allow
 * @param facets   chosen facet values: a document must have one of the values chosen for each facet
 * @param order    how documents are ordered
 * @param page     1-based
 * @param pageSize documents per page; {@link Integer#MAX_VALUE} for all of them (an export)
 */
public record SearchRequest(String query, List<Facet.FacetChoice> facets, Order order, int page, int pageSize) {

    public enum Order { RELEVANCE, NEWEST, OLDEST }

    public SearchRequest {
        query = query == null ? "" : query;
        facets = List.copyOf(facets);
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and page size start at 1");
        }
    }

    /** Every matching document on one page, for an export. */
    public SearchRequest all() {
        return new SearchRequest(query, facets, order, 1, Integer.MAX_VALUE);
    }
}
