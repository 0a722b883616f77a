package org.dossier.web.privacy;

import static org.dossier.web.privacy.Request.Auth.NONE;
import static org.dossier.web.privacy.Request.Method.DELETE;
import static org.dossier.web.privacy.Request.Method.GET;
import static org.dossier.web.privacy.Request.Method.POST;
import static org.dossier.web.privacy.Request.Reply.EVENTS_UNTIL_DONE;
import static org.dossier.web.privacy.Request.Reply.FIRST_EVENT;
import static org.dossier.web.privacy.Request.Reply.JSON;
import static org.dossier.web.privacy.Request.Reply.NO_CONTENT;
import static org.dossier.web.privacy.Request.Reply.OK;
import static org.dossier.web.privacy.Request.Reply.PAGE;
import static org.dossier.web.privacy.Request.Reply.REDIRECT;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every request the no-network scenario makes, in one place: the web layer's contract as the scenario uses it.
 * Asking is a change (a POST, its parameters in the form body), and a script's changes carry the API token.
 */
final class ScenarioRequests {

    /** How a question is asked: it stores a conversation turn, so it is a POST. */
    static final Request.Method ASKING = Request.Method.POST;

    /** What a script's change carries: the token Dossier writes to {@code <data-dir>/api-token}. */
    static final Request.Auth CHANGES = Request.Auth.TOKEN;

    /** On sample-docs this question reaches the model: the best passage holds enough of its words. */
    static final String QUESTION = "Who signed the dredging contract?";

    static final Request STATUS = Request.get("/api/status", JSON);
    static final Request PROGRESS = Request.get("/api/progress", FIRST_EVENT);

    /** Stores a new conversation; the answer's JSON carries its mode and the conversation's id. */
    static final Request ASK = new Request(ASKING, "/api/ask", Map.of("q", QUESTION), CHANGES, JSON);

    private ScenarioRequests() {
    }

    /** A second source, added as the Library page's form adds one. */
    static Request addSource(Path folder) {
        return new Request(POST, "/library/sources", Map.of("folder", folder.toString()), CHANGES, REDIRECT);
    }

    /** A follow-up in the conversation, streamed as server-sent events. */
    static Request askStream(long conversation) {
        return new Request(ASKING, "/api/ask/stream",
                Map.of("q", QUESTION, "conversation", String.valueOf(conversation)), CHANGES, EVENTS_UNTIL_DONE);
    }

    /** Every page, static file and read-only endpoint, with a conversation to read. */
    static List<Request> reads(long conversation) {
        return List.of(
                Request.get("/", PAGE),
                Request.get("/library", PAGE),
                Request.get("/conversations", PAGE),
                Request.get("/css/dossier.css", OK),
                Request.get("/js/ask-stream.js", OK),
                Request.get("/js/library.js", OK),
                Request.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js", OK),
                STATUS,
                new Request(GET, "/api/search", Map.of("q", "dredging"), NONE, JSON),
                Request.get("/api/conversations", JSON),
                Request.get("/api/conversations/" + conversation, JSON),
                Request.get("/api/conversations/" + conversation + "/export", OK),
                PROGRESS);
    }

    static Request deleteConversation(long conversation) {
        return new Request(DELETE, "/api/conversations/" + conversation, Map.of(), CHANGES, NO_CONTENT);
    }
}
