package org.dossier.web.shell;

import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/**
 * While a command runs on the shell's terminal, Ctrl-C stops that command (an answer, an index run) instead of
 * ending Dossier; afterwards Ctrl-C does what it did before. Without a terminal (one-shot runs) it does nothing.
 */
final class CtrlC implements AutoCloseable {

    private final @Nullable Terminal terminal;
    private final Terminal.@Nullable SignalHandler previous;

    private CtrlC(@Nullable Terminal terminal, Terminal.@Nullable SignalHandler previous) {
        this.terminal = terminal;
        this.previous = previous;
    }

    static CtrlC stops(@Nullable Terminal terminal, Runnable stop) {
        if (terminal == null || RemoteClient.isRunning()) {
            return new CtrlC(null, null);
        }
        return new CtrlC(terminal, terminal.handle(Terminal.Signal.INT, signal -> stop.run()));
    }

    @Override
    public void close() {
        if (terminal != null && previous != null) {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }
}
