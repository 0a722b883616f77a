package org.dossier.web.doctor;

import java.net.URI;

import org.dossier.engine.LoopbackPolicy;

/** An address Dossier listens on or connects to: loopback only, so nothing leaves the machine. */
record LoopbackCheck(String what, String setting, String address) {

    static LoopbackCheck uri(String what, String setting, URI uri) {
        return new LoopbackCheck(what, setting, uri.toString());
    }

    Check run() {
        try {
            if (address.contains("://")) {
                LoopbackPolicy.requireLoopbackUri(setting, URI.create(address));
            } else {
                LoopbackPolicy.requireLoopbackHost(setting, address);
            }
            return Check.passed(what, address + " (loopback)");
        } catch (RuntimeException e) {
            return Check.failed(what, address + " is not a loopback address",
                    "set " + setting + " to 127.0.0.1 (or a URL on it): Dossier never uses the network");
        }
    }
}
