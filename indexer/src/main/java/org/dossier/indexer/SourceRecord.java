package org.dossier.indexer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A folder a user added.
 *
 * @param includes glob patterns on paths relative to the folder; when any, only matching files are indexed
 * @param excludes glob patterns of files never indexed
 */
public record SourceRecord(long id, Path path, Instant addedAt, List<String> includes, List<String> excludes) {

    public SourceRecord {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
