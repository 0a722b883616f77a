package org.dossier.engine;

import java.time.Duration;

/** A generation under way. */
public interface GenerationHandle {

    /** Stops the model as soon as it can; the result then says {@code CANCELLED}. Safe to call more than once. */
    void cancel();

    /** Waits for the generation to end and returns its result. */
    GenerationResult await(Duration timeout) throws InterruptedException;
}
