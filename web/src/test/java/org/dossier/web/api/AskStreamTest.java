package org.dossier.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.dossier.assistant.answer.PacedChatEngine;
import org.dossier.web.ScriptedModelServerTest;
import org.dossier.web.ServerSentEvents;
import org.dossier.web.ServerSentEvents.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The answer streamed over a real server, with a model that writes word by word: API and page streams. */
class AskStreamTest extends ScriptedModelServerTest {

    @Autowired
    private JsonMapper json;
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterAll
    void closeClient() {
        client.shutdownNow();
    }

    @Test
    void tokensArriveInOrderThenDoneCarriesTheCheckedAnswer() throws Exception {
        HttpResponse<InputStream> response = stream("/api/ask/stream?q=" + query(QUESTION));

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
            out.write(("GET /api/ask/stream?q=" + query(QUESTION) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
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
        HttpResponse<InputStream> response = stream("/api/ask/stream?q=%20");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body().readAllBytes()).get("detail").asString())
                .contains("the question is empty");
    }

    @Test
    void anUnknownConversationEndsTheStreamWithAnErrorEventThatSaysSo() throws Exception {
        List<Event> events;
        try (ServerSentEvents stream = new ServerSentEvents(
                stream("/api/ask/stream?conversation=987654&q=" + query(QUESTION)).body())) {
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
        try (ServerSentEvents stream = new ServerSentEvents(stream("/ask/stream?q=" + query(QUESTION)).body())) {
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
    void withoutJavaScriptThePageAnswersWholeAsBefore() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url("/?q=" + query(QUESTION))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("<div class=\"generated\">" + CHECKED + "</div>")
                .contains("Removed citations that matched no passage: [9]");
    }

    private HttpResponse<InputStream> stream(String pathAndQuery) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}
