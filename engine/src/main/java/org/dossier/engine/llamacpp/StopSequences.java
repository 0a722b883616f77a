package org.dossier.engine.llamacpp;

import java.util.List;

/**
 * Watches streamed text for stop sequences. Text that might be the start of a stop sequence is held back until the
 * next piece settles it, so a stop sequence split over two tokens never reaches the listener. Done here rather than
 * by llama.cpp because the binding does not report which of its stop conditions ended a generation.
 */
final class StopSequences {

    private final List<String> stops;
    private final StringBuilder pending = new StringBuilder();
    private boolean stopped;

    StopSequences(List<String> stops) {
        this.stops = stops.stream().filter(stop -> !stop.isEmpty()).toList();
    }

    /** Takes the next piece and returns the text that can be shown now (possibly empty). */
    String accept(String piece) {
        if (stopped) {
            return "";
        }
        pending.append(piece);
        int earliest = -1;
        for (String stop : stops) {
            int at = pending.indexOf(stop);
            if (at >= 0 && (earliest < 0 || at < earliest)) {
                earliest = at;
            }
        }
        if (earliest >= 0) {
            stopped = true;
            String before = pending.substring(0, earliest);
            pending.setLength(0);
            return before;
        }
        int release = pending.length() - heldBack();
        String ready = pending.substring(0, release);
        pending.delete(0, release);
        return ready;
    }

    /** Whether a stop sequence has been seen. */
    boolean stopped() {
        return stopped;
    }

    /** The text still held back, once the generation has ended without a stop sequence. */
    String flush() {
        String rest = pending.toString();
        pending.setLength(0);
        return rest;
    }

    /** Length of the longest end of the pending text that begins some stop sequence. */
    private int heldBack() {
        int longest = 0;
        String text = pending.toString();
        for (String stop : stops) {
            for (int length = Math.min(stop.length() - 1, text.length()); length > longest; length--) {
                if (text.regionMatches(text.length() - length, stop, 0, length)) {
                    longest = length;
                    break;
                }
            }
        }
        return longest;
    }
}
