package org.dossier.web.shell;

/**
 * Whether the command running on this thread was sent by a one-shot client through the running server (see
 * {@code web.launch}), and whether that client prints to a terminal. Such a command renders for the client's
 * output, never streams or draws a progress bar on the server's terminal, and leaves the shell's state alone.
 */
public final class RemoteClient {

    /** Bound while a client's command runs; the value: the client's output is a terminal. */
    public static final ScopedValue<Boolean> TERMINAL = ScopedValue.newInstance();

    private RemoteClient() {
    }

    static boolean isRunning() {
        return TERMINAL.isBound();
    }
}
