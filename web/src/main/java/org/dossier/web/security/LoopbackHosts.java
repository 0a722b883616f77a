package org.dossier.web.security;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The Host headers Dossier answers: a loopback name with the port it is served on. Anything else — a foreign name
 * (the DNS-rebinding attack: a hostile page whose name now points at 127.0.0.1), a missing or empty Host, another
 * port — is refused, so a page that is not Dossier's own can never read what Dossier answers.
 */
final class LoopbackHosts {

    static final Set<String> NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private LoopbackHosts() {
    }

    /** True for a loopback name alone, as the firewall sees a request's server name. */
    static boolean isLoopbackName(String name) {
        return name != null && NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** True when the request's Host header names loopback and the port this request arrived on. */
    static boolean allows(HttpServletRequest request) {
        return allows(request.getHeader("Host"), request.getLocalPort());
    }

    static boolean allows(String host, int localPort) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = host;
        int port = 80; // a browser leaves the port out of Host when it is the scheme's default
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            name = host.substring(0, colon);
            try {
                port = Integer.parseInt(host.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return !name.equals("::1") && isLoopbackName(name) && port == localPort;
    }
}
