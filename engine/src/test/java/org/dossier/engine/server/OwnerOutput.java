package org.dossier.engine.server;

import java.io.BufferedReader;
import java.io.IOException;

/** Reads what {@link ServerOwnerMain} prints, for the tests that run it as a JVM of its own. */
final class OwnerOutput {

    private OwnerOutput() {
    }

    /** The next line that starts with {@code prefix}; fails if the owner ends first. */
    static String readLineStartingWith(BufferedReader output, String prefix) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the owner JVM ended before printing '" + prefix + "'");
    }
}
