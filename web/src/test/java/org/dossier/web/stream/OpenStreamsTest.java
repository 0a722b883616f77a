package org.dossier.web.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.dossier.web.ScriptedModelServerTest;
import org.dossier.web.ServerSentEvents;
import org.dossier.web.ServerSentEvents.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When Dossier stops, its open event streams end first (a graceful shutdown waits for open requests, and an event
 * stream does not end by itself): a model still writing is stopped, and a progress stream is closed.
 */
class OpenStreamsTest extends ScriptedModelServerTest {

    @Autowired
    private OpenStreams streams;

    @AfterEach
    void startAgain() {
        streams.start();
    }

    @Test
    @Timeout(30)
    void stoppingStopsTheModelStillWritingAndItsStreamEndsWithTheAnswerSoFar() throws Exception {
        model.holdAfter(2);
        HttpResponse<InputStream> response = client().postForEvents("/api/ask/stream", Map.of("q", QUESTION));

        List<Event> afterStop;
        try (ServerSentEvents events = new ServerSentEvents(response.body())) {
            int tokens = 0;
            while (tokens < 2) {
                tokens += events.next().name().equals("token") ? 1 : 0;
            }
            streams.stop();
            afterStop = events.all();
        }

        assertThat(model.lastGeneration().awaitCancelled(Duration.ofSeconds(5))).as("the model was stopped").isTrue();
        assertThat(afterStop).extracting(Event::name).containsExactly("done");
        assertThat(afterStop.getFirst().data()).contains("Harbour Master");
    }

    @Test
    void stoppingEndsAnOpenProgressStream() throws Exception {
        HttpResponse<InputStream> response = client().getEvents("/api/progress");
        CompletableFuture<List<Event>> read = CompletableFuture.supplyAsync(() -> {
            try (ServerSentEvents events = new ServerSentEvents(response.body())) {
                return events.all();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        streams.stop();

        assertThat(read.get(10, TimeUnit.SECONDS)).as("the stream ended").allSatisfy(
                event -> assertThat(event.name()).isEqualTo("progress"));
    }
}
