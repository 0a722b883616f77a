package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.dossier.assistant.ConversationStore;
import org.dossier.web.DossierClient;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages as HTML, without a browser; {@code AskPageBrowserTest} drives them in Chromium. */
class PagesTest extends SampleDocsServerTest {

    @Autowired
    private ConversationStore conversations;

    @Test
    void theAskPageAnswersWithoutJavaScriptToo() {
        HttpResponse<String> page = client().submitForm("/", "/ask",
                Map.of("q", "Who is the beneficial owner of Bluewater Holdings Ltd?"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Retrieved passages (not a written answer)")
                .contains("notes/bluewater-registry-notes.md")
                .contains("<mark>")
                .contains("No chat model is configured");
    }

    @Test
    void htmxAsksForTheAnswerAlone() {
        String form = DossierClient.form(Map.of("q", "Who signed the dredging contract?",
                "_csrf", client().csrfTokenOf("/")));
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(URI.create(url("/ask")))
                .header("HX-Request", "true").header("Origin", client().origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String fragment = response.body();

        assertThat(response.headers().firstValue("HX-Push-Url")).hasValueSatisfying(
                address -> assertThat(address).matches("/\\?conversation=\\d+"));
        assertThat(fragment).startsWith("<section id=\"answer\"").doesNotContain("<html")
                .contains("contracts/dredging-contract-PV-HD-2024-007.pdf, page 3");
    }

    @Test
    void htmxIsServedFromTheJarNotACdn() {
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/webjars/htmx.org/2.0.4/dist/htmx.min.js");

        assertThat(page.body()).contains("/webjars/htmx.org/2.0.4/dist/htmx.min.js").doesNotContain("https://");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("htmx");
    }

    @Test
    void aQuestionInTheAddressOnlyFillsInTheFormAndAsksNothing() {
        int before = conversations.list().size();

        String page = get("/?q=" + query("Who is the beneficial owner of Bluewater Holdings Ltd?")).body();

        assertThat(page).contains("value=\"Who is the beneficial owner of Bluewater Holdings Ltd?\"")
                .doesNotContain("Retrieved passages");
        assertThat(conversations.list()).hasSize(before);
    }

    @Test
    void aConversationIsResumedExportedAndDeletedFromTheConversationsPage() {
        String page = client().submitForm("/", "/ask",
                Map.of("q", "Who is the beneficial owner of Bluewater Holdings Ltd?")).body();
        java.util.regex.Matcher hidden = java.util.regex.Pattern
                .compile("name=\"conversation\" form=\"ask-form\"\\s+value=\"(\\d+)\"").matcher(page);
        assertThat(hidden.find()).as("the answer carries its conversation id").isTrue();
        String id = hidden.group(1);

        String list = get("/conversations").body();
        String resumed = get("/?conversation=" + id).body();
        HttpResponse<String> deleted = client().submitForm("/conversations", "/conversations/" + id + "/delete",
                Map.of());

        assertThat(list).contains("href=\"/?conversation=" + id + "\"")
                .contains("Who is the beneficial owner of Bluewater Holdings Ltd?")
                .contains("href=\"/api/conversations/" + id + "/export\"")
                .contains("action=\"/conversations/" + id + "/delete\"");
        assertThat(resumed).contains("class=\"turn\"").contains("notes/bluewater-registry-notes.md")
                .contains("id=\"new-conversation\"");
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(get("/conversations").body()).doesNotContain("href=\"/?conversation=" + id + "\"");
        assertThat(get("/?conversation=" + id).body()).contains(AskController.NO_SUCH_CONVERSATION);
    }

    @Test
    void theLibraryPageShowsCountsAndWhatWasNotIndexed() {
        HttpResponse<String> page = get("/library");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<td id=\"files\">22</td>").contains("<td id=\"failed\">0</td>")
                .contains("Every document was indexed.");
    }

    @Test
    void everyPageSharesOneHeaderThatMarksOnlyItselfAsCurrent() {
        Map<String, String> navigationItems = Map.of("/", "Ask", "/search", "Search", "/conversations",
                "Conversations", "/library", "Library", "/models", "Models", "/status", "Status");

        navigationItems.forEach((address, label) -> {
            String page = get(address).body();
            java.util.regex.Matcher current = java.util.regex.Pattern
                    .compile("<a href=\"([^\"]*)\" aria-current=\"page\">([^<]*)</a>").matcher(page);

            assertThat(current.find()).as("%s marks a navigation item", address).isTrue();
            assertThat(current.group(1)).isEqualTo(address);
            assertThat(current.group(2)).isEqualTo(label);
            assertThat(current.find()).as("%s marks one item only", address).isFalse();
            assertThat(page).contains("<title>Dossier — " + (address.equals("/") ? "Ask" : label) + "</title>")
                    .contains("<link rel=\"stylesheet\" href=\"/css/dossier.css\">");
        });
        HttpResponse<String> error = client().send(HttpRequest.newBuilder(URI.create(url("/no/such/page")))
                .header("Accept", "text/html").build());
        assertThat(error.body()).contains("<title>Dossier — something went wrong</title>")
                .contains("<nav>").doesNotContain("aria-current");
    }
}
