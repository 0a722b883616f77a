package org.dossier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.assistant.ConversationStore;
import org.dossier.web.DossierClient;
import org.dossier.web.SampleDocsServerTest;
import org.dossier.web.status.StatusService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cross-site request forgery, replayed on every endpoint that changes something: a hostile page can make the
 * user's browser send any form, with the user's cookies — but it cannot read Dossier's pages for their CSRF token,
 * its Origin is its own, and it cannot read the API token from the data directory. Each attempt is refused with
 * 403 and changes nothing; a GET never changes anything.
 */
class CrossSiteRequestTest extends SampleDocsServerTest {

    private static final String EVIL = "http://evil.example";

    private record Change(String method, String path, Map<String, String> form) {
    }

    @Autowired
    private ConversationStore conversations;
    @Autowired
    private StatusService status;

    private long conversation;
    private List<Change> changes;

    @BeforeEach
    void aConversationAndEveryChangingEndpoint() {
        conversation = conversations.list().isEmpty()
                ? post("/api/ask", Map.of("q", "dredging contract")).body().transform(this::conversationId)
                : conversations.list().getFirst().id();
        changes = List.of(
                new Change("POST", "/ask", Map.of("q", "Who signed the dredging contract?")),
                new Change("POST", "/ask", Map.of("q", "Who signed the dredging contract?", "force", "true",
                        "conversation", Long.toString(conversation))),
                new Change("POST", "/ask/stream", Map.of("q", "Who signed the dredging contract?")),
                new Change("POST", "/library/sources", Map.of("folder", "/etc")),
                new Change("POST", "/library/sources/remove", Map.of("folder", sampleDocs().toString())),
                new Change("POST", "/library/cancel", Map.of()),
                new Change("POST", "/conversations/" + conversation + "/delete", Map.of()),
                // the Ask page's own delete, beside the answer, and a question asked within filters
                new Change("POST", "/conversations/" + conversation + "/delete", Map.of("back", "ask")),
                new Change("POST", "/ask", Map.of("q", "Who signed the dredging contract?", "folder", "contracts/",
                        "sender", "brenner", "from", "2024-01-01", "to", "2024-12-31")),
                new Change("POST", "/ask/stream", Map.of("q", "Who signed it?", "folder", "contracts/")),
                new Change("POST", "/api/ask", Map.of("q", "Who signed it?", "folder", "contracts/")),
                new Change("POST", "/api/ask", Map.of("q", "Who signed the dredging contract?",
                        "conversation", Long.toString(conversation))),
                new Change("POST", "/api/ask", Map.of("q", "Who signed the dredging contract?", "force", "true")),
                new Change("POST", "/api/ask/stream", Map.of("q", "Who signed the dredging contract?")),
                new Change("DELETE", "/api/conversations/" + conversation, Map.of()));
    }

    @Test
    void aFormFromAnotherSiteIsRefusedEvenWithTheUsersSessionAndAValidToken() {
        String token = client().csrfTokenOf("/library");

        assertEveryChangeIsRefused(change -> withForm(change, Map.of("_csrf", token))
                .header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site"));
    }

    @Test
    void aSameOriginRequestWithoutTheCsrfTokenIsRefused() {
        assertEveryChangeIsRefused(change -> withForm(change, Map.of())
                .header("Origin", client().origin()).header("Sec-Fetch-Site", "same-origin"));
    }

    @Test
    void aTextPlainFormFromAnotherSiteIsRefused() {
        assertEveryChangeIsRefused(change -> HttpRequest.newBuilder(URI.create(url(change.path())))
                .header("Content-Type", "text/plain").header("Origin", EVIL)
                .method(change.method(), HttpRequest.BodyPublishers.ofString(DossierClient.form(change.form()))));
    }

    @Test
    void anotherProgramOnThisMachineOrASandboxedFrameIsNotDossiersOrigin() {
        String token = client().csrfTokenOf("/library");
        for (String origin : List.of("http://127.0.0.1:1", "http://localhost:" + port, "null")) {
            assertEveryChangeIsRefused(change -> withForm(change, Map.of("_csrf", token))
                    .header("Origin", origin));
        }
        assertEveryChangeIsRefused(change -> withForm(change, Map.of("_csrf", token))
                .header("Sec-Fetch-Site", "same-site"));
        assertEveryChangeIsRefused(change -> withForm(change, Map.of("_csrf", token))
                .header("Origin", "null").header("Sec-Fetch-Site", "cross-site"));
    }

    @Test
    void aRequestThatSaysNothingOfItsOriginNeedsTheApiToken() {
        String token = client().csrfTokenOf("/library");

        assertEveryChangeIsRefused(change -> withForm(change, Map.of("_csrf", token)));
        assertEveryChangeIsRefused(change -> withForm(change, Map.of())
                .header("Authorization", "Bearer " + client().apiToken().substring(1) + "0"));
    }

    @Test
    void parametersInTheAddressOfAChangeAreRefusedEvenWithTheApiToken() {
        assertEveryChangeIsRefused(change -> HttpRequest.newBuilder(URI.create(url(change.path() + "?"
                        + DossierClient.form(change.form().isEmpty() ? Map.of("x", "1") : change.form()))))
                .header("Authorization", "Bearer " + client().apiToken())
                .method(change.method(), HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void getRequestsThatOnceChangedThingsNowChangeNothing() {
        State before = state();
        List<String> gets = List.of("/?q=" + query("Who signed the dredging contract?"),
                "/?q=" + query("When was it?") + "&conversation=" + conversation,
                "/api/ask?q=" + query("Who signed it?") + "&conversation=" + conversation,
                "/api/ask/stream?q=" + query("Who signed it?"), "/ask/stream?q=" + query("Who signed it?"),
                "/conversations/" + conversation + "/delete",
                "/conversations/" + conversation + "/delete?back=ask", "/library/sources?folder=/etc",
                "/library/sources/remove?folder=" + query(sampleDocs().toString()), "/library/cancel");

        List<Integer> statuses = gets.stream().map(path -> get(path).statusCode()).toList();

        assertThat(statuses).containsExactly(200, 200, 405, 405, 405, 405, 405, 405, 405, 405);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theSameChangesFromDossiersOwnPageAreAccepted() {
        HttpResponse<String> asked = client().submitForm("/", "/ask", Map.of("q", "Who signed the dredging contract?"));
        HttpResponse<String> scripted = post("/api/ask", Map.of("q", "Who signed the dredging contract?"));

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("contracts/dredging-contract-PV-HD-2024-007.pdf, page 3");
        assertThat(scripted.statusCode()).isEqualTo(200);
    }

    private record State(int conversations, boolean conversationKept, List<String> sources) {
    }

    private State state() {
        return new State(conversations.list().size(),
                conversations.list().stream().anyMatch(c -> c.id() == conversation), status.status().sources());
    }

    private void assertEveryChangeIsRefused(Attempt attempt) {
        State before = state();
        List<String> accepted = new ArrayList<>();
        for (Change change : changes) {
            HttpResponse<String> response = client().send(attempt.apply(change).build());
            if (response.statusCode() != 403) {
                accepted.add(change.method() + " " + change.path() + " → " + response.statusCode());
            }
        }
        assertThat(accepted).as("changes not refused").isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    private HttpRequest.Builder withForm(Change change, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>(change.form());
        form.putAll(extra);
        return HttpRequest.newBuilder(URI.create(url(change.path())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(change.method(), HttpRequest.BodyPublishers.ofString(DossierClient.form(form)));
    }

    private long conversationId(String answerJson) {
        Matcher id = Pattern.compile("\"conversationId\":(\\d+)").matcher(answerJson);
        assertThat(id.find()).as(answerJson).isTrue();
        return Long.parseLong(id.group(1));
    }

    @FunctionalInterface
    private interface Attempt {
        HttpRequest.Builder apply(Change change);
    }
}
