package org.dossier.web.launch;

import java.io.PrintStream;

/**
 * Where a one-shot command's result goes: the process's real standard output. Everything else that writes to
 * {@code System.out} while the command runs (libraries announcing what they unpack, say) is sent to standard error
 * instead, so that a script reading {@code --json} gets nothing but the JSON.
 */
public record ResultOutput(PrintStream stream) {

    /** Keeps the real standard output for results and points {@code System.out} at standard error. */
    public static ResultOutput claimStandardOutput() {
        PrintStream real = System.out;
        System.setOut(System.err);
        return new ResultOutput(real);
    }
}
