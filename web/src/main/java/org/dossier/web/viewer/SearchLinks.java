package org.dossier.web.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dossier.indexer.Facet;
import org.dossier.indexer.SearchRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of the search page from where the user is: with a facet added or removed, another order or page. */
public final class SearchLinks {

    private final SearchRequest request;

    SearchLinks(SearchRequest request) {
        this.request = request;
    }

    public String adding(Facet.FacetChoice choice) {
        List<Facet.FacetChoice> facets = new ArrayList<>(request.facets());
        if (!facets.contains(choice)) {
            facets.add(choice);
        }
        return link("/search", facets, request.order(), 1);
    }

    public String adding(Facet.Count count) {
        return adding(new Facet.FacetChoice(count.facet(), count.value()));
    }

    public String removing(Facet.FacetChoice choice) {
        List<Facet.FacetChoice> facets = new ArrayList<>(request.facets());
        facets.remove(choice);
        return link("/search", facets, request.order(), 1);
    }

    public String sortedBy(String order) {
        return link("/search", request.facets(), SearchRequest.Order.valueOf(order.toUpperCase(Locale.ROOT)), 1);
    }

    public String page(int page) {
        return link("/search", request.facets(), request.order(), page);
    }

    public String csv() {
        return link("/search.csv", request.facets(), request.order(), 1);
    }

    /** Months are offered once a year is chosen; the other facets always. */
    public boolean shows(Facet facet) {
        return facet != Facet.MONTH || request.facets().stream().anyMatch(c -> c.facet() == Facet.YEAR);
    }

    public boolean chosen(Facet.FacetChoice choice) {
        return request.facets().contains(choice);
    }

    private String link(String path, List<Facet.FacetChoice> facets, SearchRequest.Order order, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (!request.query().isEmpty()) {
            uri.queryParam("q", "{q}");
        }
        List<String> values = new ArrayList<>();
        if (!request.query().isEmpty()) {
            values.add(request.query());
        }
        for (int i = 0; i < facets.size(); i++) {
            uri.queryParam("f", "{f" + i + "}");
            values.add(facets.get(i).token());
        }
        if (order != SearchRequest.Order.RELEVANCE) {
            uri.queryParam("sort", order.name().toLowerCase(Locale.ROOT));
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().buildAndExpand(values.toArray()).toUriString();
    }
}
