package org.dossier.bench;

import java.time.Duration;

/**
 * One timed generation, as its caller saw it: both times count from the call that asked for it.
 *
 * @param firstToken until the first piece of text reached the caller: prompt evaluation plus one decode step, and
 *                   whatever the caller's path adds on top
 * @param total      until the generation had ended for the caller
 * @param tokens     tokens generated
 * @param text       the whole reply, to check that both paths generated the same thing
 */
record TimedGeneration(Duration firstToken, Duration total, int tokens, String text) {

    double timeToFirstTokenMillis() {
        return firstToken.toNanos() / 1e6;
    }

    /**
     * Tokens after the first, over the time after the first: decoding speed alone, prompt evaluation left out.
     * NaN when fewer than two tokens came.
     */
    double generatedTokensPerSecond() {
        return tokens < 2 ? Double.NaN : (tokens - 1) / (total.minus(firstToken).toNanos() / 1e9);
    }
}
