package org.dossier.web.launch;

import org.dossier.engine.LoopbackPolicy;

/**
 * The no-network rule for the web server: start-up fails unless {@code server.address} is a loopback address, so a
 * configuration mistake can never publish a journalist's documents on the local network.
 */
final class LoopbackServerGuard {

    LoopbackServerGuard(String address) {
        LoopbackPolicy.requireLoopbackHost("server.address", address);
    }
}
