package org.dossier.engine;

import java.io.IOException;
import java.util.Optional;

/**
 * Asks a running server what context it really serves. Called once the model is ready; empty when the server does
 * not say (an OpenAI-compatible server has no standard way to), and then the setting stands.
 */
@FunctionalInterface
public interface ContextProbe {

    /** A probe for a server that says nothing. */
    ContextProbe NONE = configured -> Optional.empty();

    Optional<ServedContext> read(int configured) throws IOException, InterruptedException;
}
