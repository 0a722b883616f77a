package org.dossier.web.privacy;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/** Waits for Dossier to reach a state, and reports when each step of the scenario was done. */
final class Waiting {

    /** A state of Dossier, read over HTTP; an {@link IOException} means not yet. */
    interface Condition {
        boolean holds() throws IOException, InterruptedException;
    }

    private static final Duration POLL = Duration.ofMillis(500);

    private final DossierProcess dossier;
    private final Consumer<String> say;
    private final long started;
    private long lastStep;

    Waiting(DossierProcess dossier, Consumer<String> say, long startedNanos) {
        this.dossier = dossier;
        this.say = say;
        this.started = startedNanos;
        this.lastStep = startedNanos;
    }

    void until(String what, Duration timeout, Condition condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException lastFailure = null;
        while (true) {
            if (!dossier.isAlive()) {
                throw new AssertionError("Dossier exited while waiting for " + what);
            }
            try {
                if (condition.holds()) {
                    step(what);
                    return;
                }
            } catch (IOException e) {
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what
                        + (lastFailure == null ? "" : " (last: " + lastFailure + ")"));
            }
            Thread.sleep(POLL);
        }
    }

    void step(String what) {
        long now = System.nanoTime();
        say.accept("%6.1f s (+%5.1f s)  %s".formatted((now - started) / 1e9, (now - lastStep) / 1e9, what));
        lastStep = now;
    }
}
