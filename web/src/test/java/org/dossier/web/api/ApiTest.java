package org.dossier.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.dossier.web.SampleDocsServerTest;
import org.dossier.web.ServerSentEvents;
import org.dossier.web.ServerSentEvents.Event;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiTest extends SampleDocsServerTest {

    @Autowired
    private JsonMapper json;

    @Test
    void askCitesThePageOfThePdfThatAnswers() {
        JsonNode answer = json.readTree(post("/api/ask", Map.of("q", "Who signed the dredging contract?")).body());

        assertThat(answer.get("mode").asString()).isEqualTo("RETRIEVAL_ONLY");
        assertThat(answer.get("text").asString()).startsWith("Retrieved passages");
        assertThat(answer.get("notice").asString()).contains("dossier.engine.chat-model");
        JsonNode first = answer.get("citations").get(0);
        assertThat(first.get("file").asString()).isEqualTo("contracts/dredging-contract-PV-HD-2024-007.pdf");
        assertThat(first.get("location").get("kind").asString()).isEqualTo("PAGE");
        assertThat(first.get("location").get("number").asInt()).isEqualTo(3);
        assertThat(first.get("label").asString()).isEqualTo("contracts/dredging-contract-PV-HD-2024-007.pdf, page 3");
        assertThat(first.get("passage").asString()).contains("Tomas Brenner").contains("12 March 2024");
        assertThat(first.get("snippet").get("highlights")).isNotEmpty();
        assertThat(first.get("sha256").asString()).hasSize(64);
    }

    @Test
    void askCitesTheMessageOfTheMailboxThatAnswers() {
        JsonNode answer = json.readTree(post("/api/ask",
                Map.of("q", "What service did Bluewater Holdings describe in its consultancy invoices?")).body());

        JsonNode first = answer.get("citations").get(0);
        assertThat(first.get("file").asString()).isEqualTo("mail/harbour-finance.mbox");
        assertThat(first.get("message").get("subject").asString()).isEqualTo("Bluewater Holdings consultancy payments");
        assertThat(first.get("message").get("from").asString()).contains("Ayşe Yılmaz");
        assertThat(first.get("message").get("date").asString()).startsWith("2024-08-28");
        assertThat(first.get("passage").asString()).contains("port logistics advisory");
    }

    @Test
    void searchListsPassagesWithHighlights() {
        JsonNode hits = json.readTree(get("/api/search?q=" + query("beneficial owner Bluewater")).body());

        assertThat(hits.get(0).get("file").asString()).isEqualTo("notes/bluewater-registry-notes.md");
        assertThat(hits.size()).isBetween(2, 10);
    }

    @Test
    void searchNarrowsToMailSentToARecipientAndListsAThreadWithoutWords() {
        JsonNode toMirela = json.readTree(get("/api/search?q=" + query("Bluewater consultancy")
                + "&recipient=" + query("Mirela Çelik")).body());
        JsonNode thread = json.readTree(get("/api/search?thread="
                + query("<bluewater-report@portveldin.example>")).body());

        assertThat(toMirela).isNotEmpty().allSatisfy(hit ->
                assertThat(hit.get("file").asString()).startsWith("mail/"));
        assertThat(toMirela.get(0).get("message").get("subject").asString())
                .isEqualTo("Bluewater Holdings consultancy payments");
        assertThat(thread).isNotEmpty();
        assertThat(thread.get(0).get("message").get("messageId").asString())
                .isEqualTo("bluewater-report@portveldin.example");
    }

    @Test
    void searchNarrowsToAFolderAndToAMediaType() {
        JsonNode inContracts = json.readTree(get("/api/search?q=" + query("Bluewater dredging contract")
                + "&path=contracts/").body());
        JsonNode pdfs = json.readTree(get("/api/search?q=" + query("Bluewater dredging contract")
                + "&type=application/pdf").body());

        assertThat(inContracts).isNotEmpty().allSatisfy(hit ->
                assertThat(hit.get("file").asString()).startsWith("contracts/"));
        assertThat(pdfs).isNotEmpty().allSatisfy(hit ->
                assertThat(hit.get("file").asString()).endsWith(".pdf"));
    }

    @Test
    void aPassageOfTheWorkbookIsCitedByItsSheetNotByAPage() {
        JsonNode hits = json.readTree(get("/api/search?q=" + query("Bluewater Holdings payments 2024-04-15")).body());

        JsonNode register = java.util.stream.StreamSupport.stream(hits.spliterator(), false)
                .filter(hit -> hit.get("file").asString().equals("finance/invoice-register-2024.xlsx"))
                .findFirst().orElseThrow();
        assertThat(register.get("location").get("kind").asString()).isEqualTo("SHEET");
        assertThat(register.get("location").get("name").asString()).isEqualTo("Payments");
        assertThat(register.get("label").asString()).isEqualTo("finance/invoice-register-2024.xlsx, sheet “Payments”");
    }

    @Test
    void statusCountsEverySampleFileAsIndexed() {
        JsonNode status = json.readTree(get("/api/status").body());

        assertThat(status.get("counts").get("files").asInt()).isEqualTo(22);
        assertThat(status.get("counts").get("failed").asInt()).isZero();
        assertThat(status.get("counts").get("indexed").asInt()).isGreaterThan(22);
        assertThat(status.get("model").get("state").asString()).isEqualTo("NOT_CONFIGURED");
        assertThat(status.get("context").get("served").asInt()).isEqualTo(8192);
        assertThat(status.get("context").get("source").asString()).isEqualTo("setting");
    }

    @Test
    void anEmptyQuestionIsABadRequestThatSaysWhatToDo() {
        HttpResponse<String> response = post("/api/ask", Map.of("q", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("the question is empty");
    }

    @Test
    void askWithinAFolderOrATypeAndDateRangeCitesOnlyWhatTheFiltersAllow() {
        JsonNode inPress = json.readTree(post("/api/ask", Map.of("q", "Who signed the dredging contract?",
                "folder", "press/")).body());
        JsonNode augustMail = json.readTree(post("/api/ask", Map.of("q", "Bluewater consultancy payments",
                "type", "message/", "from", "2024-08-01", "to", "2024-08-31")).body());

        assertThat(inPress.get("citations")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("file").asString()).startsWith("press/"));
        assertThat(augustMail.get("citations")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("message").get("date").asString()).startsWith("2024-08"));
    }

    @Test
    void aStreamedAnswerIsDrawnFromTheSameFilters() throws Exception {
        List<Event> events;
        try (ServerSentEvents stream = new ServerSentEvents(client().postForEvents("/api/ask/stream",
                Map.of("q", "Who signed the dredging contract?", "folder", "press/")).body())) {
            events = stream.all();
        }

        JsonNode answer = json.readTree(events.getLast().data());
        assertThat(events.getLast().name()).isEqualTo("done");
        assertThat(answer.get("citations")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("file").asString()).startsWith("press/"));
    }

    @Test
    void aFilterDateThatIsNoDayIsABadRequestThatSaysHowToWriteIt() {
        HttpResponse<String> response = post("/api/ask", Map.of("q", "harbour", "from", "March 2024"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString())
                .isEqualTo("the 'from' date “March 2024” is not a day — write it as 2024-03-31");
    }
}
