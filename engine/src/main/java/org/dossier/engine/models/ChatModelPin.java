package org.dossier.engine.models;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Model provenance: is this file the model it claims to be? A user who pins the chat model's SHA-256
 * ({@code dossier.engine.chat-model-sha256}) gets a refusal, not a model, when the file no longer matches — a
 * download replaced, a file swapped.
 */
public final class ChatModelPin {

    private ChatModelPin() {
    }

    /** Why the model must not run, when it has a pin and does not match it; empty when unpinned or matching. */
    public static Optional<String> refusal(Path model, @Nullable String pin, ModelDigests digests) {
        if (pin == null) {
            return Optional.empty();
        }
        String actual = digests.sha256(model);
        if (actual.equals(pin.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of("chat model " + model + " has SHA-256 " + actual + ", not the " + pin.toLowerCase(Locale.ROOT)
                + " pinned in dossier.engine.chat-model-sha256 — the file changed since it was pinned: put the "
                + "pinned file back, or pin the new one's SHA-256 if you trust where it came from");
    }
}
