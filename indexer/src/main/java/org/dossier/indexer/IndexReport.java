package org.dossier.indexer;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What one indexing run did.
 *
 * @param files     files found in the sources
 * @param unchanged files left alone because size and modification time match the catalog
 * @param indexed   files (re)indexed
 * @param skipped   files with nothing to index (empty, encrypted, no text, unsupported)
 * @param failed    files a parser could not read
 * @param removed   files gone from disk, removed from catalog and index
 * @param moved     files found under a new path with unchanged bytes: recorded as moved, not parsed again
 * @param passages  passages written
 * @param bytes     bytes read by extraction
 * @param stopped   why the run ended before it looked at every file (it was cancelled), or {@code null}
 */
public record IndexReport(int files, int unchanged, int indexed, int skipped, int failed, int removed, int moved,
                          long passages, long bytes, Duration elapsed, @Nullable String stopped) {
}
