package org.dossier.indexer.internal.ingest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dossier.indexer.IndexProgress;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexingService;
import org.dossier.indexer.SourceRecord;
import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.catalog.FileStamp;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.index.PassageIndex;
import org.jspecify.annotations.Nullable;

/**
 * Brings sources up to date with the folders on disk. For each source:
 * <ol>
 *   <li>list its files;</li>
 *   <li>leave alone every file whose size and modification time match the catalog (no parsing, no hashing);</li>
 *   <li>recognise a new path whose bytes (SHA-256) are those of a vanished one as a move, and only record it;</li>
 *   <li>re-index new and changed files, replacing what the catalog and index held for them: a few files are
 *       parsed at once, ahead of the one being recorded, while the catalog and the index are written here, one
 *       file after the other in listing order;</li>
 *   <li>remove files that are gone;</li>
 *   <li>commit every few files and at the end (see {@link #commit()}).</li>
 * </ol>
 * One run at a time; sources are only ever read.
 */
public final class SourceIndexing implements IndexingService {

    private static final long PROGRESS_EVERY_MS = 100;

    private final Catalog catalog;
    private final PassageIndex index;
    private final FileIndexer fileIndexer;
    private final FileTreeWalker walker = new FileTreeWalker();
    private final int commitEveryFiles;
    private final int parseWorkers;
    private final ReentrantLock oneRunAtATime = new ReentrantLock();
    private final List<Runnable> afterEachRun = new CopyOnWriteArrayList<>();
    private final List<Consumer<IndexProgress>> progressListeners = new CopyOnWriteArrayList<>();
    private volatile IndexProgress lastProgress;

    public SourceIndexing(Catalog catalog, PassageIndex index, Extractor extractor, Chunker chunker,
                           int commitEveryFiles) {
        this(catalog, index, extractor, chunker, commitEveryFiles, 1);
    }

    /** @param parseWorkers files parsed at once (threads calling the extractor) */
    public SourceIndexing(Catalog catalog, PassageIndex index, Extractor extractor, Chunker chunker,
                           int commitEveryFiles, int parseWorkers) {
        if (parseWorkers < 1) {
            throw new IllegalArgumentException("parse workers must be at least 1: " + parseWorkers);
        }
        this.parseWorkers = parseWorkers;
        this.catalog = catalog;
        this.index = index;
        this.fileIndexer = new FileIndexer(extractor, chunker, catalog, index);
        this.commitEveryFiles = commitEveryFiles;
    }

    /** Runs after every indexing run, once its changes are committed (the embedding stage starts there). */
    public void afterEachRun(Runnable action) {
        afterEachRun.add(action);
    }

    /** Receives progress while a run works (every file, at most every {@value #PROGRESS_EVERY_MS} ms) and at its end. */
    @Override
    public void onProgress(Consumer<IndexProgress> listener) {
        progressListeners.add(listener);
    }

    /** The last progress published, or {@code null} before the first run. */
    @Override
    public @Nullable IndexProgress lastProgress() {
        return lastProgress;
    }

    /** Adds a folder as a source (if new) and brings it up to date. */
    @Override
    public IndexReport index(Path folder) {
        Path root = existingFolder(folder);
        return run(List.of(catalog.ensureSource(root)));
    }

    /** Adds a folder as a source limited by glob patterns (or changes its patterns) and brings it up to date. */
    @Override
    public IndexReport addSource(Path folder, List<String> includes, List<String> excludes) {
        Path root = existingFolder(folder);
        SourceRecord source = catalog.ensureSource(root);
        catalog.setGlobs(source.id(), includes, excludes);
        return run(List.of(catalog.findSource(source.id()).orElseThrow()));
    }

    /**
     * Removes a source: its documents leave the index and the catalog (under the commit protocol), then the source
     * itself. The folder on disk is not touched.
     *
     * @return how many files were removed
     */
    @Override
    public int removeSource(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        SourceRecord source = catalog.sources().stream()
                .filter(s -> s.path().equals(root) || s.path().equals(realOrSelf(root)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a source: " + folder
                        + " — 'sources list' shows the sources"));
        oneRunAtATime.lock();
        try {
            List<Long> files = catalog.fileIds(source.id());
            files.forEach(this::forget);
            commit();
            catalog.deleteSource(source.id());
            return files.size();
        } finally {
            oneRunAtATime.unlock();
        }
    }

    /** Brings every source up to date. */
    @Override
    public IndexReport indexAllSources() {
        return run(catalog.sources());
    }

    private IndexReport run(List<SourceRecord> sources) {
        oneRunAtATime.lock();
        try {
            Tally tally = new Tally(Instant.now());
            for (SourceRecord source : sources) {
                if (Files.isDirectory(source.path())) {
                    tally.source = source.path().toString();
                    indexSource(source, tally);
                }
            }
            commit();
            publish(tally, null, true);
            afterEachRun.forEach(Runnable::run);
            return tally.report(Duration.between(tally.started, Instant.now()));
        } finally {
            oneRunAtATime.unlock();
        }
    }

    private void indexSource(SourceRecord source, Tally tally) {
        Map<String, FileStamp> known = catalog.fileStamps(source.id()).stream()
                .collect(Collectors.toMap(FileStamp::path, Function.identity()));
        List<Path> files = walker.regularFiles(source.path(), source.includes(), source.excludes());
        tally.files += files.size();
        Set<String> seen = new HashSet<>();
        files.forEach(file -> seen.add(relativePath(source.path(), file)));
        Moves moves = new Moves(known.values().stream().filter(stamp -> !seen.contains(stamp.path())).toList());
        try (ParseAhead parsing = new ParseAhead(fileIndexer, parseWorkers)) {
            for (Path file : files) {
                String relative = relativePath(source.path(), file);
                tally.checked++;
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    continue; // deleted between listing and now: the next run removes it from the catalog
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read attributes of " + file, e);
                }
                // Millisecond precision: what every file system and the catalog column can both hold.
                Instant modified = Instant.ofEpochMilli(attributes.lastModifiedTime().toMillis());
                FileStamp stamp = known.get(relative);
                if (stamp != null && stamp.matches(attributes.size(), modified, fileIndexer.pipeline())) {
                    tally.unchanged++;
                    continue;
                }
                if (stamp != null) {
                    forget(stamp.documentId());
                } else if (moves.movedHere(file, attributes.size()) instanceof FileStamp moved) {
                    catalog.move(moved.documentId(), relative, modified);
                    tally.moved++;
                    continue;
                }
                publish(tally, relative, false);
                parsing.submit(new FileIndexer.FoundFile(source.id(), file, relative, attributes.size(), modified));
                while (parsing.full()) {
                    record(parsing.next(), tally);
                }
            }
            while (!parsing.isEmpty()) {
                record(parsing.next(), tally);
            }
        }
        moves.unclaimed().forEach(stamp -> {
            forget(stamp.documentId());
            tally.removed++;
        });
    }

    private void record(ParseAhead.Parsed parsed, Tally tally) {
        var outcome = fileIndexer.record(parsed.file(), parsed.parsed());
        tally.add(outcome, parsed.file().size());
        if ((tally.indexed + tally.skipped + tally.failed) % commitEveryFiles == 0) {
            commit();
        }
    }

    /**
     * The commit protocol: the index commits first, then the catalog records that it did (ADDED rows become
     * COMMITTED, REMOVED rows go). A crash between the two leaves rows that {@link IndexRecovery} finds and undoes
     * at the next start, in both stores, so the files concerned are simply indexed again.
     */
    private void commit() {
        index.commit();
        catalog.indexCommitted();
    }

    /** Removes a file and everything inside it: marked REMOVED in the catalog, deleted from the index, both final at the next commit. */
    private void forget(long documentId) {
        catalog.markRemoved(documentId).forEach(index::delete);
    }

    private static Path existingFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("folder not found: " + folder);
        }
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + folder, e);
        }
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static String relativePath(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }

    private void publish(Tally tally, @Nullable String currentFile, boolean done) {
        long now = System.nanoTime();
        if (!done && now - tally.lastPublished < PROGRESS_EVERY_MS * 1_000_000L) {
            return;
        }
        tally.lastPublished = now;
        IndexProgress progress = new IndexProgress(tally.source, tally.files, tally.checked, tally.indexed,
                tally.skipped, tally.failed, tally.bytes, currentFile, Duration.between(tally.started, Instant.now()),
                done);
        lastProgress = progress;
        progressListeners.forEach(listener -> listener.accept(progress));
    }

    /** Counts for a run in progress. */
    private static final class Tally {
        final Instant started;
        String source = "";
        int files, checked, unchanged, indexed, skipped, failed, removed, moved;
        long passages, bytes, lastPublished;

        Tally(Instant started) {
            this.started = started;
        }

        void add(FileIndexer.Outcome outcome, long size) {
            bytes += size;
            passages += outcome.passages();
            switch (outcome.state()) {
                case INDEXED -> indexed++;
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
            }
        }

        IndexReport report(Duration elapsed) {
            return new IndexReport(files, unchanged, indexed, skipped, failed, removed, moved, passages, bytes, elapsed);
        }
    }
}
