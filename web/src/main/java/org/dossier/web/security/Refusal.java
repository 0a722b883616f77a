package org.dossier.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refused request gets 403 (400 for a malformed URL) and one line saying why — a problem detail for the API, plain text for anything
 * else — written here rather than through the error page, which would be one more request to guard.
 */
final class Refusal implements AccessDeniedHandler, AuthenticationEntryPoint, RequestRejectedHandler {

    static final String FOREIGN_HOST = "Refused: Dossier answers only to http://127.0.0.1, http://localhost or "
            + "http://[::1] on its own port (this request named another host — a web page that is not Dossier's).";
    static final String NOT_FROM_DOSSIER = "Refused: a change must come from Dossier's own page (same origin, with "
            + "its form token) or carry the API token (Authorization: Bearer, from the data directory's api-token "
            + "file), with its parameters in the body, not the URL.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestMatcher foreignHost;

    Refusal(RequestMatcher foreignHost) {
        this.foreignHost = foreignHost;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        refuse(request, response);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        refuse(request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (foreignHost.matches(request)) {
            write(request, response, HttpStatus.FORBIDDEN, FOREIGN_HOST);
        } else { // a malformed URL: an encoded slash, a ';jsessionid=', a path going up
            write(request, response, HttpStatus.BAD_REQUEST, "Refused: " + rejected.getMessage());
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, foreignHost.matches(request) ? FOREIGN_HOST : NOT_FROM_DOSSIER);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String reason) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
            problem.setTitle("Refused");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(JSON.writeValueAsString(problem));
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(reason + "\n");
        }
        response.flushBuffer();
    }
}
