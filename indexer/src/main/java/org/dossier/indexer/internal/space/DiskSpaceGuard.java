package org.dossier.indexer.internal.space;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pauses work that writes before the disk is full, and lets it go on once space is back. A full disk in the middle
 * of a Lucene merge or an H2 write stops indexing with a stack trace and leaves the run half done; checking before
 * each file is recorded and before each commit (a file-system call of microseconds) means nothing starts a write it
 * cannot finish. Watched are the data directory (index, catalog, caches) and the temporary directory (the workers'
 * and OCR's scratch files), each against the same minimum.
 */
public final class DiskSpaceGuard {

    private static final Logger log = LoggerFactory.getLogger(DiskSpaceGuard.class);

    private final List<Path> watched;
    private final long minimumFree;
    private final FreeSpaceProbe probe;
    private final Duration recheck;
    private final List<Consumer<@Nullable String>> listeners = new CopyOnWriteArrayList<>();
    private volatile @Nullable String paused;

    /**
     * @param watched     directories whose file systems must keep {@code minimumFree} bytes free
     * @param minimumFree below this, work pauses
     * @param recheck     how often a paused guard looks again
     */
    public DiskSpaceGuard(List<Path> watched, long minimumFree, FreeSpaceProbe probe, Duration recheck) {
        if (minimumFree < 0) {
            throw new IllegalArgumentException("minimum free space cannot be negative: " + minimumFree);
        }
        this.watched = List.copyOf(watched);
        this.minimumFree = minimumFree;
        this.probe = probe;
        this.recheck = recheck;
    }

    /** A guard that never pauses, for tools and tests that are not about disk space. */
    public static DiskSpaceGuard off() {
        return new DiskSpaceGuard(List.of(), 0, path -> Long.MAX_VALUE, Duration.ofSeconds(1));
    }

    /** Hears the pause message when work pauses, and {@code null} when it resumes. */
    public void onChange(Consumer<@Nullable String> listener) {
        listeners.add(listener);
    }

    /** Why work is paused now, or {@code null} when it is not. */
    public @Nullable String paused() {
        return paused;
    }

    /**
     * Returns at once while there is space; otherwise waits, paused, until there is.
     *
     * @throws IllegalStateException when interrupted while paused (the application is closing): the run stops
     *                               unfinished, never "done"
     */
    public void awaitSpace() {
        String shortage = shortage();
        if (shortage == null) {
            return;
        }
        synchronized (this) { // one pause at a time, however many threads write
            while ((shortage = shortage()) != null) {
                announce(shortage);
                try {
                    wait(recheck.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped while paused for disk space: " + shortage, e);
                }
            }
            announce(null);
        }
    }

    /** The pause message if a watched file system is below the minimum, else {@code null}. */
    private @Nullable String shortage() {
        for (Path path : watched) {
            long free;
            try {
                free = probe.usableBytes(path);
            } catch (IOException e) {
                continue; // a directory that cannot be asked (gone, say) is not a reason to stop everything
            }
            if (free < minimumFree) {
                return ("paused: %s free on %s, needs at least %s — free some space there and it resumes by itself "
                        + "(or lower dossier.indexer.minimum-free-space)").formatted(human(free), path, human(minimumFree));
            }
        }
        return null;
    }

    private void announce(@Nullable String message) {
        if (java.util.Objects.equals(message, paused)) {
            return;
        }
        paused = message;
        if (message != null) {
            log.warn("Indexing {}", message);
        } else {
            log.info("Disk space is back: indexing resumes");
        }
        listeners.forEach(listener -> listener.accept(message));
    }

    /** 120 MB, 2.5 GB: as a person reads free space. */
    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        return (bytes >> 10) + " KB";
    }
}
