package org.dossier.indexer.catalog;

import java.nio.file.Path;
import java.time.Instant;

/** A folder or mail export a user added. */
public record SourceRecord(long id, Path path, Instant addedAt) {
}
