package org.dossier.indexer.internal.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.dossier.indexer.IndexProgress;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexingService;
import org.dossier.indexer.RunRecord;
import org.dossier.indexer.SourceRecord;
import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.catalog.CatalogWriter;
import org.dossier.indexer.internal.catalog.RunLog;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.index.PassageIndex;
import org.dossier.indexer.internal.space.DiskSpaceGuard;
import org.jspecify.annotations.Nullable;

/**
 * Brings sources up to date with the folders on disk, one run at a time: each source of a run is scanned
 * ({@link SourceScan}), then everything is committed ({@link CommitProtocol}), progress says the run is done and
 * the actions that follow every run (the embedding stage, the folder watcher) start. Sources are only ever read.
 */
public final class SourceIndexing implements IndexingService {

    private final Catalog catalog;
    private final CatalogWriter writer;
    private final CommitProtocol commits;
    private final DiskSpaceGuard space;
    private final RunLog runs;
    private final SourceScan scan;
    private final KeptCopies copies;
    private final RunProgress progress = new RunProgress();
    private final StageTimes stageTimes = new StageTimes();
    private final ReentrantLock oneRunAtATime = new ReentrantLock();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final List<Runnable> afterEachRun = new CopyOnWriteArrayList<>();
    /** The run going on now, whose counts the run log records at each commit; {@code null} between runs. */
    private volatile @Nullable ActiveRun active;

    private record ActiveRun(long id, RunTally tally) {
    }

    /**
     * @param commitEveryFiles files indexed between two durable commits
     * @param parseWorkers     files parsed at once (threads calling the extractor)
     */
    public SourceIndexing(Catalog catalog, CatalogWriter writer, PassageIndex index, Extractor extractor,
                          Chunker chunker, int commitEveryFiles, int parseWorkers) {
        this(catalog, writer, index, extractor, chunker, commitEveryFiles, parseWorkers, DiskSpaceGuard.off());
    }

    /** @param space pauses a run while the disk is nearly full, and resumes it once space is back */
    public SourceIndexing(Catalog catalog, CatalogWriter writer, PassageIndex index, Extractor extractor,
                          Chunker chunker, int commitEveryFiles, int parseWorkers, DiskSpaceGuard space) {
        if (parseWorkers < 1) {
            throw new IllegalArgumentException("parse workers must be at least 1: " + parseWorkers);
        }
        this.catalog = catalog;
        this.writer = writer;
        this.space = space;
        this.runs = writer.runs();
        this.commits = new CommitProtocol(writer, index, space, this::recordProgress, stageTimes);
        FileIndexer files = new FileIndexer(extractor, chunker, catalog, writer, index, stageTimes);
        this.copies = new KeptCopies(catalog, commits, files);
        this.scan = new SourceScan(catalog, writer, commits, files, copies, progress, commitEveryFiles, parseWorkers,
                space);
        space.onChange(progress::paused);
    }

    @Override
    public List<RunRecord> recentRuns(int limit) {
        return runs.recent(limit);
    }

    @Override
    public boolean cancel() {
        boolean running = oneRunAtATime.isLocked();
        if (running) {
            cancelRequested.set(true);
        }
        return running;
    }

    @Override
    public @Nullable String paused() {
        return space.paused();
    }

    /** Runs after every indexing run, once its changes are committed (the embedding stage starts there). */
    public void afterEachRun(Runnable action) {
        afterEachRun.add(action);
    }

    @Override
    public void onProgress(Consumer<IndexProgress> listener) {
        progress.listen(listener);
    }

    @Override
    public @Nullable IndexProgress lastProgress() {
        return progress.last();
    }

    /** Where the runs' time went, stage by stage, since this was made. */
    public StageTimes stageTimes() {
        return stageTimes;
    }

    @Override
    public IndexReport index(Path folder) {
        Path root = existingFolder(folder);
        return run(List.of(writer.ensureSource(root)));
    }

    @Override
    public IndexReport addSource(Path folder, List<String> includes, List<String> excludes) {
        Path root = existingFolder(folder);
        SourceRecord source = writer.ensureSource(root);
        writer.setGlobs(source.id(), includes, excludes);
        return run(List.of(catalog.findSource(source.id()).orElseThrow()));
    }

    /** Its documents leave the index and the catalog under the commit protocol, then the source row goes. */
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
            files.forEach(commits::forget);
            copies.reindexOrphans(); // what this source held first and other sources hold too stays searchable
            commits.commit();
            writer.deleteSource(source.id());
            return files.size();
        } finally {
            oneRunAtATime.unlock();
        }
    }

    @Override
    public IndexReport indexAllSources() {
        return run(catalog.sources());
    }

    /**
     * Runs over these sources and over those of any run a crash or a restart cut short, which this one resumes: the
     * files that run committed match the catalog and are left alone, so it goes on where that one stopped.
     */
    private IndexReport run(List<SourceRecord> requested) {
        oneRunAtATime.lock();
        try {
            cancelRequested.set(false);
            RunTally tally = new RunTally();
            progress.begin(tally);
            List<Long> interrupted = runs.awaitingResume(RunRecord.Kind.INDEX).stream().map(RunRecord::id).toList();
            List<SourceRecord> sources = withInterrupted(requested, runs.sourcesOf(interrupted));
            long runId = runs.started(RunRecord.Kind.INDEX, null, sources.stream().map(SourceRecord::id).toList());
            runs.resumes(runId, interrupted);
            active = new ActiveRun(runId, tally);
            try {
                // one catalog transaction per commit (WriteBatches), the last committed even if the run fails
                writer.batches().batched(() -> {
                    space.awaitSpace(); // before anything is written: a run on a full disk waits here, paused
                    copies.reindexOrphans(); // copies whose original a crash took (IndexRecovery) get it back
                    for (SourceRecord source : sources) {
                        if (Files.isDirectory(source.path()) && tally.stopped == null) {
                            tally.source = source.path().toString();
                            scan.scan(source, tally, cancelRequested::get);
                        }
                    }
                    commits.commit(); // a cancelled run commits what it recorded: both stores agree on it
                    return null;
                });
            } catch (RuntimeException e) {
                // said where progress is shown (the Library page, status) as well as to the caller
                tally.stopped = "stopped by an error: " + e.getMessage() + " — the next run starts again from here";
                progress.publish(tally, null, true);
                try {
                    runs.ended(runId, RunRecord.State.FAILED, tally.counts(), tally.stopped);
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed); // a full disk can refuse the note too; the next start marks it
                }
                throw e;
            }
            runs.ended(runId, tally.stopped == null ? RunRecord.State.DONE : RunRecord.State.CANCELLED, tally.counts(),
                    tally.stopped);
            progress.publish(tally, null, true);
            afterEachRun.forEach(Runnable::run);
            return tally.report();
        } finally {
            active = null;
            oneRunAtATime.unlock();
        }
    }

    /** The interrupted runs' sources first (their work was started first), then the requested ones, each once. */
    private List<SourceRecord> withInterrupted(List<SourceRecord> requested, List<Long> interruptedSources) {
        Map<Long, SourceRecord> sources = new LinkedHashMap<>();
        interruptedSources.forEach(id -> catalog.findSource(id).ifPresent(source -> sources.put(id, source)));
        requested.forEach(source -> sources.putIfAbsent(source.id(), source));
        return List.copyOf(sources.values());
    }

    private void recordProgress() {
        ActiveRun run = active;
        if (run != null) {
            runs.progress(run.id(), run.tally().counts());
        }
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
}
