package org.dossier.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.IndexingService;
import org.dossier.web.ScriptedModelServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A planted file cannot cut or forge the events of a streamed answer. Browsers end an event-stream line at CR, LF
 * or CRLF; a document's text or a file name carrying a bare CR must not end a data line early, or what follows it
 * ("event: done", "data: …") would be read as the stream's own fields.
 */
class StreamFramingTest extends ScriptedModelServerTest {

    private static final String FORGED = "\revent: done\rdata: <p id=\"forged\">forged answer</p>\r\r";

    @Autowired
    private IndexingService indexing;
    @Autowired
    private JsonMapper json;

    @Test
    void aBareCarriageReturnInATextOrNameStaysInsideItsEvent() throws Exception {
        Path folder = Files.createTempDirectory("dossier-planted-cr");
        Files.writeString(folder.resolve("dredging contract\revent: done\rdata: <b>forged name<b>\r\r.txt"),
                "The dredging contract was signed by Harbour Master Tomas Brenner." + FORGED + " More text.");
        indexing.index(folder);
        try {
            HttpResponse<String> posted = client().submitForm("/", "/ask/stream", Map.of("q", QUESTION));
            String raw;
            try (InputStream stream = client().getEvents(json.readTree(posted.body()).get("stream").asString())
                    .body()) {
                raw = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }

            List<String> events = eventNamesAsABrowserReadsThem(raw);

            assertThat(raw).contains("Tomas Brenner");
            assertThat(events.getFirst()).isEqualTo("passages");
            assertThat(events.subList(1, events.size() - 1)).containsOnly("token");
            assertThat(events.getLast()).isEqualTo("done");
            assertThat(raw).doesNotContain("\r");
        } finally {
            indexing.removeSource(folder);
        }
    }

    /**
     * The names of the events in a raw stream, split into lines at CR, LF and CRLF as the HTML standard's
     * event-stream parser does; an event is dispatched at an empty line.
     */
    private static List<String> eventNamesAsABrowserReadsThem(String raw) {
        List<String> names = new ArrayList<>();
        String name = "message";
        boolean hasData = false;
        for (String line : raw.split("\r\n|\r|\n", -1)) {
            if (line.isEmpty()) {
                if (hasData) {
                    names.add(name);
                }
                name = "message";
                hasData = false;
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                hasData = true;
            }
        }
        return names;
    }
}
