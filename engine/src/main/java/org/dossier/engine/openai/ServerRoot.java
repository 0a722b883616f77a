package org.dossier.engine.openai;

import java.net.URI;

/** The server's own root under its OpenAI-compatible URL: where llama-server's /props and Ollama's /api live. */
final class ServerRoot {

    private ServerRoot() {
    }

    /** {@code http://127.0.0.1:11434/v1} → {@code http://127.0.0.1:11434/}. */
    static URI of(URI baseUrl) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base.endsWith("/v1") ? base.substring(0, base.length() - 3) + "/" : base + "/");
    }
}
