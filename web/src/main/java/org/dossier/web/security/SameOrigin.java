package org.dossier.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request that changes something comes from one of Dossier's own pages. Browsers say where a request
 * comes from: {@code Origin} on every POST, PUT and DELETE, and {@code Sec-Fetch-Site} in current browsers. A
 * request from another site, another port on this machine, or a sandboxed frame ({@code Origin: null}) is not
 * Dossier's. A request that says nothing is not a browser's: scripts use the API token instead.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean isSameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            // the Host header was checked before: it names loopback and this port
            return origin.equalsIgnoreCase(request.getScheme() + "://" + request.getHeader("Host"));
        }
        return fetchSite != null;
    }
}
