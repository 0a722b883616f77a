package org.dossier.web.doctor;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one check.
 *
 * @param what   what was checked ("JDK", "chat model")
 * @param detail what was found
 * @param advice what to do, when it failed or was left out
 */
public record Check(String what, Outcome outcome, String detail, @Nullable String advice) {

    public enum Outcome {
        PASSED,
        FAILED,
        /** Not needed by this configuration, or optional and absent: never makes {@code doctor} fail. */
        SKIPPED;

        /** The sign before the check's line. */
        public String mark() {
            return switch (this) {
                case PASSED -> "✓";
                case FAILED -> "✗";
                case SKIPPED -> "–";
            };
        }
    }

    static Check passed(String what, String detail) {
        return new Check(what, Outcome.PASSED, detail, null);
    }

    static Check failed(String what, String detail, String advice) {
        return new Check(what, Outcome.FAILED, detail, advice);
    }

    static Check skipped(String what, String detail, @Nullable String advice) {
        return new Check(what, Outcome.SKIPPED, detail, advice);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    /** One line: the mark, what, what was found and, after a dash, what to do. */
    public String line() {
        return outcome.mark() + " " + what + ": " + detail + (advice == null ? "" : " — " + advice);
    }
}
