package org.dossier.web.privacy;

import java.util.Map;

/**
 * One HTTP request of the scenario and the reply it must get. GET and DELETE send {@code params} in the query
 * string, POST as a form body ({@code application/x-www-form-urlencoded}).
 *
 * @param auth whether the request carries {@code Authorization: Bearer <token>}, the token being what Dossier
 *             wrote to {@code <data-dir>/api-token} at start-up
 */
record Request(Method method, String path, Map<String, String> params, Auth auth, Reply reply) {

    enum Method { GET, POST, DELETE }

    enum Auth { NONE, TOKEN }

    /** What makes the reply right; each checks the status, most also the content type. */
    enum Reply {
        /** 200, an HTML page. */
        PAGE,
        /** 200, any body (static files, a Markdown download). */
        OK,
        /** 200, a JSON document. */
        JSON,
        /** 200, an endless text/event-stream: the first event is read, then the stream is closed. */
        FIRST_EVENT,
        /** 200, a text/event-stream read to its end, whose last event is {@code done}. */
        EVENTS_UNTIL_DONE,
        /** 302 or 303, as a form post answers. */
        REDIRECT,
        /** 204. */
        NO_CONTENT
    }

    Request {
        params = Map.copyOf(params);
    }

    static Request get(String path, Reply reply) {
        return new Request(Method.GET, path, Map.of(), Auth.NONE, reply);
    }

    @Override
    public String toString() {
        return method + " " + path + (params.isEmpty() ? "" : " " + params) + (auth == Auth.TOKEN ? " (token)" : "");
    }
}
