package org.dossier.indexer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Brings sources up to date with the folders on disk: new and changed files are extracted and indexed, moved ones
 * recorded as moved, deleted ones removed. One run at a time; a source's files are only ever read.
 */
public interface IndexingService {

    /** Adds a folder as a source (if new) and brings it up to date. */
    IndexReport index(Path folder);

    /** Adds a folder as a source limited by glob patterns (or changes its patterns) and brings it up to date. */
    IndexReport addSource(Path folder, List<String> includes, List<String> excludes);

    /**
     * Removes a source: its documents leave the index and the catalog, then the source itself. The folder on disk is
     * not touched.
     *
     * @return how many files were removed
     */
    int removeSource(Path folder);

    /** Brings every source up to date. */
    IndexReport indexAllSources();

    /**
     * Asks the run going on now to stop before its next file. What it indexed stays, committed in the catalog and the
     * index together; what it did not reach is indexed by the next run. Returns at once.
     *
     * @return whether a run was going on
     */
    boolean cancel();

    /**
     * The latest runs, newest first: each with its state (a run a crash or a restart cut short is INTERRUPTED, never
     * left running) and counts.
     */
    List<RunRecord> recentRuns(int limit);

    /** Receives progress while a run works and at its end. */
    void onProgress(Consumer<IndexProgress> listener);

    /** The last progress published, or {@code null} before the first run. */
    @Nullable IndexProgress lastProgress();

    /**
     * Why indexing and embedding are paused now (the disk is nearly full: "paused: 120 MB free on …"), or {@code null}
     * when they are not; they resume by themselves once space is back.
     */
    @Nullable String paused();
}
