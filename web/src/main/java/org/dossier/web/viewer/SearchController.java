package org.dossier.web.viewer;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dossier.indexer.DocumentSearch;
import org.dossier.indexer.Facet;
import org.dossier.indexer.MalformedQueryException;
import org.dossier.indexer.SearchRequest;
import org.dossier.indexer.SearchResults;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The search page: the query language (documented on the page), results grouped by document with their best
 * passages, facets as counts and removable chips, order and pages; and the whole result list as CSV.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;
    private static final int MAX_QUERY_CHARS = 4000;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DocumentSearch search;

    SearchController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String page(@RequestParam(defaultValue = "") String q, @RequestParam(name = "f", required = false) List<String> f,
                @RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "1") int page,
                Model model) {
        SearchRequest request = request(q, f, sort, page, PAGE_SIZE);
        SearchLinks links = new SearchLinks(request);
        model.addAttribute("q", request.query());
        model.addAttribute("links", links);
        model.addAttribute("sort", request.order().name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("chosen", request.facets());
        model.addAttribute("snippets", new PassageSnippets());
        try {
            SearchResults results = search.search(request);
            model.addAttribute("results", results);
            model.addAttribute("pages", (int) Math.max(1, (results.documents() + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (MalformedQueryException e) {
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("page", request.page());
        return "search";
    }

    /** Every matching document as one CSV row, written as the rows are made; no cap on the count. */
    @GetMapping("/search.csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(defaultValue = "") String q,
                                              @RequestParam(name = "f", required = false) List<String> f,
                                              @RequestParam(defaultValue = "relevance") String sort) {
        SearchRequest request = request(q, f, sort, 1, PAGE_SIZE).all();
        SearchResults results;
        try {
            results = search.search(request);
        } catch (MalformedQueryException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CsvRows.header(writer);
            for (SearchResults.DocumentMatch match : results.page()) {
                CsvRows.row(writer, match);
            }
            writer.flush();
        };
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("dossier-search.csv").build().toString())
                .body(body);
    }

    private static SearchRequest request(String q, @org.jspecify.annotations.Nullable List<String> f, String sort,
                                         int page, int size) {
        if (q.length() > MAX_QUERY_CHARS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "The query is longer than " + MAX_QUERY_CHARS + " characters.");
        }
        List<Facet.FacetChoice> choices = new ArrayList<>();
        for (String token : f == null ? List.<String>of() : f) {
            Facet.FacetChoice choice = Facet.parse(token);
            if (choice == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a facet: " + printable(token)
                        + " (facets are type:, source:, folder:, sender:, recipient:, year: and month:).");
            }
            if (!choices.contains(choice)) {
                choices.add(choice);
            }
        }
        SearchRequest.Order order = switch (sort) {
            case "newest" -> SearchRequest.Order.NEWEST;
            case "oldest" -> SearchRequest.Order.OLDEST;
            case "relevance" -> SearchRequest.Order.RELEVANCE;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Sort by relevance, newest or oldest, not " + printable(sort) + ".");
        };
        if (page < 1 || page > 1_000_000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Pages are numbered from 1.");
        }
        return new SearchRequest(q.strip(), choices, order, page, size);
    }

    private static String printable(String typed) {
        String clipped = typed.length() > 80 ? typed.substring(0, 80) + "…" : typed;
        return Objects.requireNonNull(clipped).replaceAll("\\p{Cntrl}", "?");
    }
}
