package org.dossier.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request that changes something comes from one of Dossier's own pages. Browsers say where a request
 * comes from, in headers no page can set: {@code Sec-Fetch-Site} (every current browser) and {@code Origin}. A
 * request from another site, another port on this machine or a sandboxed frame is not Dossier's. A request that
 * says nothing is not a browser's: scripts use the API token instead.
 * <p>
 * Dossier's pages send no referrer ({@code Referrer-Policy: no-referrer}), and for such a page a browser's form
 * POST carries {@code Origin: null}: so when {@code Sec-Fetch-Site} says {@code same-origin}, a {@code null}
 * Origin is the browser keeping its word, not a sandboxed frame (which would be {@code cross-site}).
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean isSameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") && (origin == null || origin.equals("null")
                    || isThisServer(origin, request));
        }
        return origin != null && isThisServer(origin, request);
    }

    /** The Host header was checked before: it names loopback and this port. */
    private static boolean isThisServer(String origin, HttpServletRequest request) {
        return origin.equalsIgnoreCase(request.getScheme() + "://" + request.getHeader("Host"));
    }
}
