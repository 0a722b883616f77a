package org.dossier.assistant.answer;

import java.time.Duration;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ModelStatus;

/**
 * The chat model's status as a question needs it: at once for the server (until the model is ready, answers are
 * the passages), or after waiting for it to load where configured (one-shot commands do).
 */
public final class ModelWait {

    private final ChatEngine engine;
    private final Duration wait;

    public ModelWait(ChatEngine engine, Duration wait) {
        this.engine = engine;
        this.wait = wait;
    }

    public ModelStatus status() {
        if (wait.isZero()) {
            return engine.status();
        }
        try {
            return engine.awaitReady(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return engine.status();
        }
    }
}
