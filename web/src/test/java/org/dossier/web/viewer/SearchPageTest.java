package org.dossier.web.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.dossier.indexer.DocumentSearch;
import org.dossier.indexer.MalformedQueryException;
import org.dossier.indexer.SearchResults;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The search page and its CSV export over the sample documents, as a client reads them. */
class SearchPageTest extends SampleDocsServerTest {

    @Autowired
    private DocumentSearch search;

    @Test
    void aPhraseFindsOnlyTheDocumentsThatHoldItWordForWord() {
        List<SearchResults.DocumentMatch> phrase = SampleDocuments.all(search, "\"port logistics advisory\"");
        List<SearchResults.DocumentMatch> words = SampleDocuments.all(search, "port logistics advisory");

        assertThat(phrase).extracting(m -> m.document().title())
                .containsExactly("Bluewater Holdings consultancy payments");
        assertThat(words.size()).isGreaterThanOrEqualTo(phrase.size());
        assertThat(phrase.getFirst().best().getFirst().marks()).isNotEmpty();
    }

    @Test
    void fromFindsTheMessagesOfOneSenderWhateverTheAccents() {
        List<SearchResults.DocumentMatch> found = SampleDocuments.all(search, "from:yilmaz");

        // Ayşe Yılmaz wrote five messages of the finance mailbox (11 April, 2 and 4 July, 28 and 30 August)
        assertThat(found).hasSize(5).allSatisfy(m -> {
            assertThat(m.document().isMessage()).isTrue();
            assertThat(m.document().author()).contains("Yılmaz");
        });
    }

    @Test
    void pathAndTypeNarrowByPrefix() {
        assertThat(SampleDocuments.all(search, "path:contracts/"))
                .extracting(m -> m.document().path())
                .isNotEmpty().allMatch(path -> path.startsWith("contracts/"));
        assertThat(SampleDocuments.all(search, "harbour type:application/pdf"))
                .extracting(m -> m.document().mediaType())
                .isNotEmpty().allMatch(type -> type.startsWith("application/pdf"));
    }

    @Test
    void aMalformedQueryIsExplainedInOneLine() {
        for (String query : List.of("invoice AND", "\"unclosed phrase", "(bluewater", "*arbour", "colour:red")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SampleDocuments.all(search, query)))
                    .as(query).isInstanceOf(MalformedQueryException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());

            HttpResponse<String> page = get("/search?q=" + query(query));
            assertThat(page.statusCode()).as(query).isEqualTo(200);
            assertThat(page.body()).as(query).contains("id=\"query-problem\"");
        }
    }

    @Test
    void theCsvHasOneRowPerMatchingDocument() {
        HttpResponse<String> page = get("/search?q=harbour");
        String hits = page.body().replaceAll("(?s).*<span id=\"hit-count\">(\\d+)</span>.*", "$1");
        HttpResponse<String> csv = get("/search.csv?q=harbour");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("\"document_id\",\"path\"");
        assertThat(Integer.parseInt(hits)).isGreaterThan(20); // more than one page: the export is not cut to it
        assertThat(lines).hasSize(Integer.parseInt(hits) + 1);
    }

    @Test
    void aFacetNarrowsTheResultsAndShowsAsAChipThatRemovesIt() {
        String all = get("/search?q=bluewater").body();
        String messages = get("/search?q=bluewater&f=" + query("type:message/rfc822")).body();

        int before = count(all);
        int after = count(messages);
        assertThat(after).isPositive().isLessThan(before);
        assertThat(messages).contains("class=\"chip\"").contains("Type: message/rfc822")
                .contains("href=\"/search?q=bluewater\"");
    }

    @Test
    void theRecipientFacetNarrowsToTheMessagesSentToThatPerson() {
        SearchResults fromYilmaz = search.search(new org.dossier.indexer.SearchRequest("from:yilmaz", List.of(),
                org.dossier.indexer.SearchRequest.Order.RELEVANCE, 1, 100));
        org.dossier.indexer.Facet.Count mirela = fromYilmaz.facets().get(org.dossier.indexer.Facet.RECIPIENT).stream()
                .filter(count -> count.value().contains("Mirela")).findFirst().orElseThrow();

        SearchResults toMirela = search.search(new org.dossier.indexer.SearchRequest("from:yilmaz",
                List.of(new org.dossier.indexer.Facet.FacetChoice(mirela.facet(), mirela.value())),
                org.dossier.indexer.SearchRequest.Order.RELEVANCE, 1, 100));

        assertThat(toMirela.documents()).isEqualTo(mirela.documents()).isLessThan(fromYilmaz.documents());
        assertThat(toMirela.page()).allSatisfy(m -> assertThat(m.document().mail().recipients())
                .contains(mirela.value()));
        assertThat(SampleDocuments.all(search, "from:yilmaz to:celik")).hasSize((int) mirela.documents());
    }

    @Test
    void wrongParametersAreRefusedWithA400NotA500() {
        assertThat(get("/search?q=x&f=colour:red").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=x&sort=sideways").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=x&page=0").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=x&page=abc").statusCode()).isEqualTo(400);
        assertThat(get("/search.csv?q=" + query("a AND")).statusCode()).isEqualTo(400);
    }

    private static int count(String page) {
        return Integer.parseInt(page.replaceAll("(?s).*<span id=\"hit-count\">(\\d+)</span>.*", "$1"));
    }
}
