package org.dossier.web.shell;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;

import org.dossier.indexer.IndexProgress;

/**
 * A one-line progress bar on the terminal while {@code index} runs, redrawn in place, so long work never looks
 * frozen: files checked of files found, rate, time left and the file being read. Written to standard error, and
 * only when that is a terminal, so scripts and {@code --json} output never see it.
 */
final class ProgressBar implements Consumer<IndexProgress> {

    private static final int WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private volatile boolean active;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Shows progress while {@code work} runs, then clears the line. */
    <T> T during(java.util.function.Supplier<T> work) {
        active = terminal && !RemoteClient.isRunning();
        try {
            return work.get();
        } finally {
            if (active) {
                out.print("\r\u001B[2K");
                out.flush();
            }
            active = false;
        }
    }

    @Override
    public void accept(IndexProgress progress) {
        if (active) {
            out.print("\r\u001B[2K" + line(progress));
            out.flush();
        }
    }

    static String line(IndexProgress p) {
        int filled = p.files() == 0 ? 0 : (int) Math.round(WIDTH * (double) p.checked() / p.files());
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        if (p.paused() != null) {
            return "[%s] %d/%d files  %s".formatted(bar, p.checked(), p.files(), p.paused());
        }
        Duration eta = p.eta();
        String current = p.currentFile() == null ? "" : "  " + shorten(p.currentFile(), 40);
        return "[%s] %d/%d files  %.1f files/s  ETA %s  %d indexed, %d skipped, %d failed%s".formatted(bar,
                p.checked(), p.files(), p.filesPerSecond(), eta == null ? "…" : clock(eta), p.indexed(), p.skipped(),
                p.failed(), current);
    }

    private static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
                : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : "…" + text.substring(text.length() - max + 1);
    }
}
