package org.dossier.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.dossier.assistant.answer.PacedChatEngine;
import org.dossier.web.ScriptedModelServerTest;
import org.dossier.web.ServerSentEvents;
import org.dossier.web.ServerSentEvents.Event;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The answer streamed over a real server, with a model that writes word by word: API and page streams. */
class AskStreamTest extends ScriptedModelServerTest {

    @Autowired
    private JsonMapper json;

    @Test
    void tokensArriveInOrderThenDoneCarriesTheCheckedAnswer() throws Exception {
        HttpResponse<InputStream> response = client().postForEvents("/api/ask/stream", Map.of("q", QUESTION));

        List<Event> events;
        try (ServerSentEvents stream = new ServerSentEvents(response.body())) {
            events = stream.all();
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(events).extracting(Event::name).first().isEqualTo("passages");
        assertThat(json.readTree(events.getFirst().data()).get(0).get("file").asString()).isEqualTo("contract.txt");
        List<Event> tokens = events.subList(1, events.size() - 1);
        assertThat(tokens).extracting(Event::name).containsOnly("token");
        assertThat(tokens).extracting(token -> json.readTree(token.data()).get("text").asString())
                .containsExactlyElementsOf(PacedChatEngine.words(REPLY));
        Event done = events.getLast();
        assertThat(done.name()).isEqualTo("done");
        JsonNode answer = json.readTree(done.data());
        assertThat(answer.get("mode").asString()).isEqualTo("GENERATED");
        assertThat(answer.get("text").asString()).isEqualTo(CHECKED);
        assertThat(answer.get("invalidCitations")).extracting(JsonNode::asInt).containsExactly(9);
        assertThat(answer.get("citations").get(0).get("file").asString()).isEqualTo("contract.txt");
        assertThat(answer.get("conversationId").asLong()).isPositive();
    }

    @Test
    void whenTheClientGoesAwayTheModelIsStopped() throws Exception {
        model.reply("Brenner signed it [1]. " + "And more words follow here. ".repeat(100));

        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            String form = "q=" + query(QUESTION);
            out.write(("POST /api/ask/stream HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Authorization: Bearer " + client().apiToken() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n"
                    + "Accept: text/event-stream\r\n\r\n" + form).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the raw response, chunked: the first token event is enough
            Event first;
            try (ServerSentEvents events = new ServerSentEvents(socket.getInputStream())) {
                do {
                    first = events.next();
                } while (first != null && !first.name().equals("token"));
            }
            assertThat(first).isNotNull();
        }

        PacedChatEngine.Generation generation = model.lastGeneration();
        assertThat(generation.awaitCancelled(Duration.ofSeconds(10))).as("the model was cancelled").isTrue();
        assertThat(generation.sent()).isLessThan(generation.words());
    }

    @Test
    void anEmptyQuestionIsRefusedBeforeAnyStreamStarts() throws Exception {
        HttpResponse<InputStream> response = client().postForEvents("/api/ask/stream", Map.of("q", " "));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body().readAllBytes()).get("detail").asString())
                .contains("the question is empty");
    }

    @Test
    void anUnknownConversationEndsTheStreamWithAnErrorEventThatSaysSo() throws Exception {
        List<Event> events;
        try (ServerSentEvents stream = new ServerSentEvents(
                client().postForEvents("/api/ask/stream", Map.of("conversation", "987654", "q", QUESTION)).body())) {
            events = stream.all();
        }

        assertThat(events).extracting(Event::name).containsExactly("error");
        JsonNode problem = json.readTree(events.getFirst().data());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).contains("987654");
    }

    @Test
    void thePagesStreamSendsTheSourcesThenTheAnswerSectionAsThePageRendersIt() throws Exception {
        List<Event> events;
        try (ServerSentEvents stream = new ServerSentEvents(pageStream(QUESTION))) {
            events = stream.all();
        }

        assertThat(events.getFirst().name()).isEqualTo("passages");
        assertThat(events.getFirst().data()).contains("[1] contract.txt");
        Event done = events.getLast();
        assertThat(done.name()).isEqualTo("done");
        assertThat(done.data()).startsWith("<section id=\"answer\"")
                .contains("<div class=\"generated\">" + CHECKED + "</div>")
                .contains("Removed citations that matched no passage: [9]")
                .contains("id=\"citation-1\"")
                .containsPattern("id=\"conversation\" name=\"conversation\" form=\"ask-form\"\\s+value=\"\\d+\"");
    }

    @Test
    void thePagesStreamCanBeReadOnceOnly() throws Exception {
        String address = json.readTree(client().submitForm("/", "/ask/stream", Map.of("q", QUESTION)).body())
                .get("stream").asString();
        try (ServerSentEvents stream = new ServerSentEvents(client().getEvents(address).body())) {
            assertThat(stream.all()).extracting(Event::name).endsWith("done");
        }

        HttpResponse<String> again = client().get(address);

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("already fetched or is too old");
    }

    @Test
    void withoutJavaScriptThePageAnswersWholeAsBefore() {
        HttpResponse<String> page = client().submitForm("/", "/ask", Map.of("q", QUESTION));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div class=\"generated\">" + CHECKED + "</div>")
                .contains("Removed citations that matched no passage: [9]");
    }

    /** As the page does it: POST the question with the form's token, then read the events from where it says. */
    private InputStream pageStream(String question) {
        HttpResponse<String> posted = client().submitForm("/", "/ask/stream", Map.of("q", question));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        return client().getEvents(json.readTree(posted.body()).get("stream").asString()).body();
    }
}
