package org.dossier.engine;

import java.net.InetAddress;
import java.net.URI;

/**
 * The no-network rule in one place: every address Dossier listens on or talks to must be a loopback address
 * (127.0.0.0/8 or ::1). Anything else is refused with a message naming the setting to change.
 */
public final class LoopbackPolicy {

    private LoopbackPolicy() {
    }

    /**
     * Refuses a host that is not loopback. Only {@code localhost} and IP literals are accepted: checking any other
     * name would need a DNS query, which is itself traffic leaving the machine.
     */
    public static void requireLoopbackHost(String setting, String host) {
        check(setting, host, host);
    }

    /** Refuses an endpoint URI whose host is not a loopback address; the message shows the whole URI. */
    public static void requireLoopbackUri(String setting, URI uri) {
        check(setting, uri.getHost(), uri.toString());
    }

    private static void check(String setting, String host, String shown) {
        if (host == null || host.isBlank()) {
            throw new NonLoopbackAddressException(setting + " is empty — set it to 127.0.0.1");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return;
        }
        InetAddress address;
        try {
            address = InetAddress.ofLiteral(bare);
        } catch (IllegalArgumentException e) {
            throw new NonLoopbackAddressException(setting + "=" + shown
                    + " is a host name; Dossier accepts only localhost, 127.0.0.1 or ::1 — change " + setting);
        }
        if (!address.isLoopbackAddress()) {
            throw new NonLoopbackAddressException(setting + "=" + shown
                    + " is not a loopback address; Dossier only uses 127.0.0.1 or ::1 — change " + setting);
        }
    }


    /** Thrown when a setting points outside this machine. */
    public static final class NonLoopbackAddressException extends IllegalStateException {
        NonLoopbackAddressException(String message) {
            super(message);
        }
    }
}
