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
     * Asks the running run, if any, to stop after the files in hand (Ctrl-C in the shell): what was recorded stays,
     * committed; the files not reached are indexed by the next run. The run returns its report as usual.
     *
     * @return whether a run was running
     */
    boolean stop();

    /** Receives progress while a run works and at its end. */
    void onProgress(Consumer<IndexProgress> listener);

    /** The last progress published, or {@code null} before the first run. */
    @Nullable IndexProgress lastProgress();
}
