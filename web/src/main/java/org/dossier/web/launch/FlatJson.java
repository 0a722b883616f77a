package org.dossier.web.launch;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The little JSON a one-shot client exchanges with the server — {@code server.json}, the command request and its
 * reply: one object of strings, whole numbers, booleans, nulls and lists of strings. Read and written with Jackson's
 * streaming core only (about 90 classes): the client runs before Spring, and loading Jackson's object mapper would
 * cost a one-shot command more than the whole round trip to the server.
 */
final class FlatJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FlatJson() {
    }

    /** The members of one object; values are {@code String}, {@code Long}, {@code Boolean} or {@code null}. */
    static Map<String, Object> parseObject(String text) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object: " + shortened(text));
            }
            Map<String, Object> members = new LinkedHashMap<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                if (token != JsonToken.PROPERTY_NAME) {
                    throw new IllegalArgumentException("the JSON object is cut short: " + shortened(text));
                }
                String name = parser.currentName();
                members.put(name, value(parser, parser.nextToken(), name));
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON object: " + shortened(text));
            }
            return members;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not one JSON object (" + e.getOriginalMessage() + "): "
                    + shortened(text), e);
        }
    }

    /** One object of the values {@link #parseObject} reads, and lists of strings, in the map's order. */
    static String writeObject(Map<String, ?> members) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            for (Map.Entry<String, ?> member : members.entrySet()) {
                json.writeName(member.getKey());
                write(json, member.getValue());
            }
            json.writeEndObject();
        }
        return out.toString();
    }

    private static Object value(JsonParser parser, JsonToken token, String name) {
        return switch (token) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
            case VALUE_NULL -> null;
            case null -> throw new IllegalArgumentException("the JSON object is cut short after \"" + name + "\"");
            default -> throw new IllegalArgumentException("\"" + name + "\" holds " + token
                    + ", not a string, whole number, boolean or null");
        };
    }

    private static void write(JsonGenerator json, Object value) {
        switch (value) {
            case null -> json.writeNull();
            case String text -> json.writeString(text);
            case Boolean flag -> json.writeBoolean(flag);
            case Long number -> json.writeNumber(number);
            case Integer number -> json.writeNumber(number);
            case List<?> list -> {
                json.writeStartArray();
                for (Object item : list) {
                    json.writeString((String) item);
                }
                json.writeEndArray();
            }
            default -> throw new IllegalArgumentException("not written as flat JSON: " + value.getClass());
        }
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
