package org.dossier.indexer.internal.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dossier.indexer.SourceRecord;
import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.catalog.FileStamp;

/**
 * Keeps content searchable when the place that held its passages goes. A copy (the same bytes at another place:
 * a second folder, an attachment, an archive entry) is recorded without passages of its own, pointing at its
 * original; when the original is removed or changed, each file holding such a copy is indexed again, and the
 * first of them becomes the new original. A file that changed on disk too, or vanished, is only forgotten: the
 * scan that is under way, or the next run, indexes it as it is now.
 */
record KeptCopies(Catalog catalog, CommitProtocol commits, FileIndexer files) {

    /** Re-indexing a file can orphan copies of what was inside it; a few rounds settle any real chain. */
    private static final int MAX_ROUNDS = 8;

    /** Call once documents were forgotten: indexes again every file that held a copy of one of them. */
    int reindexOrphans() {
        int reindexed = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Long> orphaned = catalog.filesWithOrphanedCopies();
            if (orphaned.isEmpty()) {
                break;
            }
            for (long fileId : orphaned) {
                reindexed += reindex(fileId) ? 1 : 0;
            }
        }
        return reindexed;
    }

    private boolean reindex(long fileId) {
        Optional<FileStamp> stamp = catalog.fileStamp(fileId);
        Optional<SourceRecord> source = catalog.find(fileId).flatMap(file -> catalog.findSource(file.sourceId()));
        commits.forget(fileId);
        if (stamp.isEmpty() || source.isEmpty()) {
            return false;
        }
        Path absolute = source.get().path().resolve(stamp.get().path());
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        } catch (IOException e) {
            return false; // gone or unreadable: the scan records what became of it
        }
        Instant modified = Instant.ofEpochMilli(attributes.lastModifiedTime().toMillis());
        if (!stamp.get().matches(attributes.size(), modified, files.pipeline())) {
            return false; // changed too: the scan indexes it as it is now
        }
        FileIndexer.FoundFile found = new FileIndexer.FoundFile(source.get().id(), absolute, stamp.get().path(),
                attributes.size(), modified);
        files.record(files.parse(found));
        return true;
    }
}
