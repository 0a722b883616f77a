package org.dossier.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a text/event-stream as a browser's EventSource does: named events, data lines joined by line breaks. */
public final class ServerSentEvents implements AutoCloseable {

    /** One event: its name ({@code message} when unnamed) and its data. */
    public record Event(String name, String data) {
    }

    private final BufferedReader lines;

    public ServerSentEvents(InputStream body) {
        this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    /** The next event, or null at the end of the stream. */
    public Event next() throws IOException {
        String name = "message";
        List<String> data = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    return new Event(name, String.join("\n", data));
                }
                name = "message";
            } else if (line.startsWith("event:")) {
                name = value(line, "event:");
            } else if (line.startsWith("data:")) {
                data.add(value(line, "data:"));
            }
        }
        return null;
    }

    /** Every event up to the end of the stream. */
    public List<Event> all() throws IOException {
        List<Event> events = new ArrayList<>();
        for (Event event = next(); event != null; event = next()) {
            events.add(event);
        }
        return events;
    }

    /** As the standard says: one space after the colon is not part of the value. */
    private static String value(String line, String field) {
        String value = line.substring(field.length());
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
