package org.dossier.assistant;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.dossier.engine.GenerationHandle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The line between an answer being made and the front end showing it: {@link AnswerEvent}s go out to the receiver
 * as they happen, and a cancel comes back (a browser that went away, Ctrl-C in the shell) and stops the model
 * through its {@link GenerationHandle}. A receiver that throws is taken to be gone: the answer is cancelled rather
 * than failed, and the tokens still on their way are dropped.
 */
public final class AnswerStream {

    private static final Logger log = LoggerFactory.getLogger(AnswerStream.class);

    private final Consumer<AnswerEvent> receiver;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile @Nullable GenerationHandle generation;

    public AnswerStream(Consumer<AnswerEvent> receiver) {
        this.receiver = receiver;
    }

    /** A stream nobody watches, for callers that want only the finished answer. */
    public static AnswerStream unwatched() {
        return new AnswerStream(event -> { });
    }

    public void send(AnswerEvent event) {
        if (cancelled.get() && event instanceof AnswerEvent.Token) {
            return;
        }
        try {
            receiver.accept(event);
        } catch (RuntimeException e) {
            log.debug("the receiver of an answer is gone ({}); stopping the model", e.toString());
            cancel();
        }
    }

    /** Stops the model as soon as it can; the answer then holds what was written so far. Safe to call again. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            GenerationHandle current = generation;
            if (current != null) {
                current.cancel();
            }
        }
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** The model's generation for this answer, which a cancel stops (at once, if one came before it started). */
    public void generating(GenerationHandle handle) {
        generation = handle;
        // Both sides write, then read the other's field: whichever comes second sees the first, so a cancel that
        // races the start of the generation still reaches it.
        if (cancelled.get()) {
            handle.cancel();
        }
    }
}
