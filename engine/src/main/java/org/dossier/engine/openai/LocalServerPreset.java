package org.dossier.engine.openai;

import java.net.URI;

/**
 * Where the common local servers listen by default. Each URL ends in {@code /v1} because the OpenAI client appends
 * {@code /chat/completions} and {@code /embeddings} to the base URL as given.
 */
public enum LocalServerPreset {

    /** Ollama's OpenAI-compatible API (its native API lives at the root; this one under {@code /v1}). */
    OLLAMA("http://127.0.0.1:11434/v1"),

    LM_STUDIO("http://127.0.0.1:1234/v1"),

    /** A llama-server the user runs themselves, on its default port. */
    LLAMA_SERVER("http://127.0.0.1:8080/v1");

    private final URI baseUrl;

    LocalServerPreset(String baseUrl) {
        this.baseUrl = URI.create(baseUrl);
    }

    public URI baseUrl() {
        return baseUrl;
    }
}
