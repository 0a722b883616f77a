package org.dossier.web.viewer;

import java.util.List;

import org.dossier.indexer.DocumentSearch;
import org.dossier.indexer.SearchRequest;
import org.dossier.indexer.SearchResults;

/** Finding the sample documents a test opens, through the same search the page uses. */
final class SampleDocuments {

    private SampleDocuments() {
    }

    static List<SearchResults.DocumentMatch> all(DocumentSearch search, String query) {
        return search.search(new SearchRequest(query, List.of(), SearchRequest.Order.OLDEST, 1, 1000)).page();
    }

    /** The one document (file, message or attachment) the query finds. */
    static SearchResults.DocumentMatch one(DocumentSearch search, String query) {
        List<SearchResults.DocumentMatch> found = all(search, query);
        if (found.size() != 1) {
            throw new AssertionError(query + " finds " + found.size() + " documents: "
                    + found.stream().map(m -> m.document().path() + " " + m.document().entry()).toList());
        }
        return found.getFirst();
    }
}
