package org.dossier.engine;

import org.jspecify.annotations.Nullable;

/**
 * The context a chat model really has, beside the one configured: a server may serve less than it was asked for
 * (llama-server caps each slot at the model's training context, Ollama at its own {@code num_ctx}), and a prompt
 * sized for the setting would then be refused or silently cut.
 *
 * @param configured {@code dossier.engine.context-size}
 * @param served     tokens per request the server serves, prompt and answer together: what prompts are sized to
 * @param source     where {@code served} comes from, e.g. {@code llama-server /props}, or {@code setting} when the
 *                   server does not say
 * @param why        when the two differ: the reason, in a sentence a user can act on
 */
public record ServedContext(int configured, int served, String source, @Nullable String why) {

    public ServedContext {
        if (configured < 1 || served < 1 || source == null || source.isBlank()) {
            throw new IllegalArgumentException("a served context needs positive sizes and a source");
        }
    }

    /** Nothing read from the server (yet): the setting is all there is. */
    public static ServedContext asConfigured(int configured) {
        return new ServedContext(configured, configured, "setting", null);
    }

    public boolean differs() {
        return configured != served;
    }
}
