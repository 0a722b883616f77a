package org.dossier.indexer.internal.ingest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dossier.indexer.SourceRecord;
import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.catalog.CatalogWriter;
import org.dossier.indexer.internal.catalog.FileStamp;
import org.dossier.indexer.internal.space.DiskSpaceGuard;

/**
 * Brings one source up to date:
 * <ol>
 *   <li>list its files;</li>
 *   <li>leave alone every file whose size and modification time match the catalog (no parsing, no hashing);</li>
 *   <li>recognise a new path whose bytes (SHA-256) are those of a vanished one as a move, and only record it;</li>
 *   <li>re-index new and changed files, replacing what the catalog and index held for them: a few files are
 *       parsed at once, ahead of the one being recorded, while the catalog and the index are written here, one
 *       file after the other in listing order;</li>
 *   <li>remove files that are gone;</li>
 *   <li>index again the files holding a copy of what was removed or changed ({@link KeptCopies});</li>
 *   <li>commit every few files ({@link CommitProtocol}).</li>
 * </ol>
 * Before a file is recorded, free disk space is checked ({@link DiskSpaceGuard}): on a nearly full disk the scan
 * pauses there, between two files, and goes on once space is back.
 */
final class SourceScan {

    static final String CANCELLED = "cancelled — the files indexed so far stay searchable; the next run indexes the rest";

    private final Catalog catalog;
    private final CatalogWriter writer;
    private final CommitProtocol commits;
    private final FileIndexer fileIndexer;
    private final KeptCopies copies;
    private final RunProgress progress;
    private final FileTreeWalker walker = new FileTreeWalker();
    private final int commitEveryFiles;
    private final int parseWorkers;
    private final DiskSpaceGuard space;

    SourceScan(Catalog catalog, CatalogWriter writer, CommitProtocol commits, FileIndexer fileIndexer,
               KeptCopies copies, RunProgress progress, int commitEveryFiles, int parseWorkers, DiskSpaceGuard space) {
        this.copies = copies;
        this.space = space;
        this.catalog = catalog;
        this.writer = writer;
        this.commits = commits;
        this.fileIndexer = fileIndexer;
        this.progress = progress;
        this.commitEveryFiles = commitEveryFiles;
        this.parseWorkers = parseWorkers;
    }

    /**
     * @param cancelled asked before each file: once true, the scan stops there; what it recorded stays (the caller
     *                  commits it) and a changed file not yet recorded keeps its old version until the next run
     */
    void scan(SourceRecord source, RunTally tally, BooleanSupplier cancelled) {
        Map<String, FileStamp> known = catalog.fileStamps(source.id()).stream()
                .collect(Collectors.toMap(FileStamp::path, Function.identity()));
        List<Path> files = walker.regularFiles(source.path(), source.includes(), source.excludes());
        tally.files += files.size();
        Set<String> seen = new HashSet<>();
        files.forEach(file -> seen.add(relativePath(source.path(), file)));
        Moves moves = new Moves(known.values().stream().filter(stamp -> !seen.contains(stamp.path())).toList());
        // The old version of a changed file leaves only when its new one is recorded, so that a run stopped in
        // between (cancelled, or killed) never loses a file that was searchable before.
        Map<String, Long> replacing = new HashMap<>();
        try (ParseAhead parsing = new ParseAhead(fileIndexer, parseWorkers)) {
            for (Path file : files) {
                if (cancelled.getAsBoolean()) {
                    tally.stopped = CANCELLED;
                    return; // the files in hand are abandoned; they are still new or changed for the next run
                }
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
                    replacing.put(relative, stamp.documentId());
                } else if (moves.movedHere(file, attributes.size()) instanceof FileStamp moved) {
                    writer.move(moved.documentId(), relative, modified);
                    tally.moved++;
                    continue;
                }
                progress.publish(tally, relative, false);
                parsing.submit(new FileIndexer.FoundFile(source.id(), file, relative, attributes.size(), modified));
                while (parsing.full()) {
                    record(parsing.next(), replacing, tally);
                }
            }
            while (!parsing.isEmpty()) {
                record(parsing.next(), replacing, tally);
            }
        }
        moves.unclaimed().forEach(stamp -> {
            commits.forget(stamp.documentId());
            tally.removed++;
        });
        copies.reindexOrphans();
    }

    /** Waits for disk space first: recording writes the catalog and the index, and neither may stop half-way. */
    private void record(ParseAhead.Parsed parsed, Map<String, Long> replacing, RunTally tally) {
        space.awaitSpace();
        Long oldVersion = replacing.remove(parsed.file().relativePath());
        if (oldVersion != null) {
            commits.forget(oldVersion);
        }
        var outcome = fileIndexer.record(parsed.file(), parsed.parsed());
        if (oldVersion != null) {
            copies.reindexOrphans(); // after the new version, which may be the same content at the same place
        }
        tally.add(outcome, parsed.file().size());
        if (tally.recorded() % commitEveryFiles == 0) {
            commits.commit();
        }
    }

    private static String relativePath(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }
}
