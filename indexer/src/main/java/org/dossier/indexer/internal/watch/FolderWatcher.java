package org.dossier.indexer.internal.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.IndexingService;
import org.dossier.indexer.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with watched sources. Any change under a source (create, modify, delete, rename, new
 * sub-folder, or an event overflow) schedules a re-scan of that source once it has been quiet for the debounce
 * time: an editor's save storm or an atomic-rename save is indexed once, and a re-scan is incremental, so it only
 * reads what changed. Watching is native on macOS (FSEvents) and uses inotify on Linux.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    private final IndexingService indexing;
    private final DocumentCatalog catalog;
    private final Duration debounce;
    private final Predicate<Path> ignored;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("folder-watch-rescan").daemon().factory());
    private final Map<Long, DirectoryWatcher> watchers = new ConcurrentHashMap<>();
    private final Map<Long, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

    /**
     * @param ignored paths whose changes are not the user's documents (Dossier's own data directory, when it lies
     *                inside a watched folder): without this, indexing would re-trigger itself
     */
    public FolderWatcher(IndexingService indexing, DocumentCatalog catalog, Duration debounce, Predicate<Path> ignored) {
        this.indexing = indexing;
        this.catalog = catalog;
        this.debounce = debounce;
        this.ignored = ignored;
    }

    /** Watches every source not watched yet (called at start-up and after each indexing run, for new sources). */
    public synchronized void watchAllSources() {
        for (SourceRecord source : catalog.sources()) {
            if (!watchers.containsKey(source.id())) {
                watch(source);
            }
        }
    }

    public boolean isWatching(long sourceId) {
        return watchers.containsKey(sourceId);
    }

    private void watch(SourceRecord source) {
        try {
            DirectoryWatcher watcher = DirectoryWatcher.builder()
                    .path(source.path())
                    .listener(event -> onEvent(source, event))
                    .fileHashing(false) // the scan compares size, time and SHA-256 itself
                    .logger(LoggerFactory.getLogger(FolderWatcher.class.getName() + ".events"))
                    .build();
            watchers.put(source.id(), watcher);
            watcher.watchAsync(Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("folder-watch").factory()));
            log.info("Watching {}", source.path());
        } catch (IOException e) {
            log.warn("Cannot watch {}: {} — it is brought up to date at each start and each index command",
                    source.path(), e.getMessage());
        }
    }

    private void onEvent(SourceRecord source, DirectoryChangeEvent event) {
        if (event.eventType() != DirectoryChangeEvent.EventType.OVERFLOW && event.path() != null
                && ignored.test(event.path())) {
            return;
        }
        pending.compute(source.id(), (id, scheduled) -> {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            return scheduler.schedule(() -> rescan(source), debounce.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void rescan(SourceRecord source) {
        try {
            indexing.index(source.path());
        } catch (RuntimeException e) {
            log.warn("Re-scan of {} failed: {}", source.path(), e.getMessage());
        }
    }

    /** Stops watching, and waits for a re-scan under way to finish, so nothing writes after close. */
    @Override
    public void close() {
        pending.values().forEach(scheduled -> scheduled.cancel(false)); // not started yet: not needed any more
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        watchers.values().forEach(watcher -> {
            try {
                watcher.close();
            } catch (IOException e) {
                log.debug("closing a watcher: {}", e.getMessage());
            }
        });
        watchers.clear();
    }
}
