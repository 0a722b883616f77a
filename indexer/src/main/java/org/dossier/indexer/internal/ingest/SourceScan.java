package org.dossier.indexer.internal.ingest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dossier.indexer.SourceRecord;
import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.catalog.CatalogWriter;
import org.dossier.indexer.internal.catalog.FileStamp;
import org.dossier.indexer.internal.space.DiskSpaceGuard;
import org.jspecify.annotations.Nullable;

/**
 * Brings one source up to date:
 * <ol>
 *   <li>walk its files, without collecting them (see {@link #scan});</li>
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

    /**
     * A message is far smaller than a typical file, and a commit costs the same: a mailbox read message by message
     * is committed every this many times {@code commitEveryFiles} messages.
     */
    static final int MESSAGES_PER_FILE = 100;

    /** Files compared with the catalog in one query, and catalog rows read in one page. */
    private static final int BATCH = 500;

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
     * Two walks of the folder, neither of which collects it: the first counts its files (for progress and its ETA)
     * and remembers their paths compactly ({@link SeenPaths}) to find the catalogued files that vanished; the second
     * compares the files with the catalog a batch at a time and indexes what changed. What is held grows with the
     * widest folder and the files that vanished, never with the size of the source.
     *
     * @param cancelled asked before each file: once true, the scan stops there; what it recorded stays (the caller
     *                  commits it) and a changed file not yet recorded keeps its old version until the next run
     */
    void scan(SourceRecord source, RunTally tally, BooleanSupplier cancelled) {
        SeenPaths seen = new SeenPaths();
        int[] found = {0};
        walker.walk(source.path(), source.includes(), source.excludes(), file -> {
            seen.add(relativePath(source.path(), file));
            found[0]++;
            return true;
        });
        tally.files += found[0];
        Moves moves = new Moves(vanished(source.id(), seen));
        try (ParseAhead parsing = new ParseAhead(fileIndexer, parseWorkers)) {
            Pass pass = new Pass(source, tally, cancelled, moves, parsing);
            List<Path> batch = new ArrayList<>(BATCH);
            boolean walked = walker.walk(source.path(), source.includes(), source.excludes(), file -> {
                batch.add(file);
                return batch.size() < BATCH || pass.check(batch);
            });
            if (!walked || !pass.check(batch)) {
                return; // cancelled: the files in hand are abandoned; they are still new or changed for the next run
            }
            while (!parsing.isEmpty() && tally.stopped == null) {
                pass.record(parsing.next());
            }
            if (tally.stopped != null) {
                return;
            }
        }
        moves.unclaimed().forEach(stamp -> {
            commits.forget(stamp.documentId());
            tally.removed++;
        });
        copies.reindexOrphans();
    }

    /** The files the catalog holds for a source that the walk did not find, read a page at a time. */
    private List<FileStamp> vanished(long sourceId, SeenPaths seen) {
        List<FileStamp> vanished = new ArrayList<>();
        long after = 0;
        for (List<FileStamp> page = catalog.fileStamps(sourceId, after, BATCH); !page.isEmpty();
             page = catalog.fileStamps(sourceId, after, BATCH)) {
            page.stream().filter(stamp -> !seen.contains(stamp.path())).forEach(vanished::add);
            after = page.getLast().documentId();
        }
        return vanished;
    }

    /** The second walk of one source: files compared with the catalog a batch at a time, and indexed in order. */
    private final class Pass {

        private final SourceRecord source;
        private final RunTally tally;
        private final BooleanSupplier cancelled;
        private final Moves moves;
        private final ParseAhead parsing;
        /**
         * The old version of a changed file leaves only when its new one is recorded, so that a run stopped in
         * between (cancelled, or killed) never loses a file that was searchable before. Only files in hand are here.
         */
        private final Map<String, Long> replacing = new HashMap<>();

        Pass(SourceRecord source, RunTally tally, BooleanSupplier cancelled, Moves moves, ParseAhead parsing) {
            this.source = source;
            this.tally = tally;
            this.cancelled = cancelled;
            this.moves = moves;
            this.parsing = parsing;
        }

        /** Compares a batch of files with the catalog and hands on what changed; false once cancelled. */
        boolean check(List<Path> batch) {
            Map<String, FileStamp> known = catalog.fileStamps(source.id(),
                            batch.stream().map(file -> relativePath(source.path(), file)).toList()).stream()
                    .collect(Collectors.toMap(FileStamp::path, Function.identity(), (first, second) -> first));
            for (Path file : batch) {
                if (cancelled.getAsBoolean() || tally.stopped != null) {
                    tally.stopped = CANCELLED;
                    return false;
                }
                check(file, known.get(relativePath(source.path(), file)));
            }
            batch.clear();
            return true;
        }

        private void check(Path file, @Nullable FileStamp stamp) {
            String relative = relativePath(source.path(), file);
            tally.checked++;
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return; // deleted between listing and now: the next run removes it from the catalog
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read attributes of " + file, e);
            }
            // Millisecond precision: what every file system and the catalog column can both hold.
            Instant modified = Instant.ofEpochMilli(attributes.lastModifiedTime().toMillis());
            if (stamp != null && stamp.matches(attributes.size(), modified, fileIndexer.pipeline())) {
                tally.unchanged++;
                return;
            }
            if (stamp != null) {
                replacing.put(relative, stamp.documentId());
            } else if (moves.movedHere(file, attributes.size()) instanceof FileStamp moved) {
                writer.move(moved.documentId(), relative, modified);
                tally.moved++;
                return;
            }
            progress.publish(tally, relative, false);
            parsing.submit(new FileIndexer.FoundFile(source.id(), file, relative, attributes.size(), modified));
            while (parsing.full() && tally.stopped == null) {
                record(parsing.next());
            }
        }

        void record(ParseAhead.InHand parsed) {
            SourceScan.this.record(parsed, replacing, tally, cancelled);
        }
    }

    /**
     * Waits for disk space first: recording writes the catalog and the index, and neither may stop half-way. The
     * messages of a streamed mailbox are committed in batches ({@link #MESSAGES_PER_FILE}), so that its first ones
     * are searchable while the rest are parsed, and a cancel stops it between two messages.
     */
    private void record(ParseAhead.InHand parsed, Map<String, Long> replacing, RunTally tally,
                        BooleanSupplier cancelled) {
        space.awaitSpace();
        Long oldVersion = replacing.remove(parsed.file().relativePath());
        if (oldVersion != null) {
            commits.forget(oldVersion);
        }
        int[] messages = {0};
        var outcome = fileIndexer.record(parsed, () -> {
            progress.publish(tally, parsed.file().relativePath() + " — message " + ++messages[0], false);
            if (messages[0] % ((long) commitEveryFiles * MESSAGES_PER_FILE) == 0) {
                commits.commit();
            }
            if (cancelled.getAsBoolean()) {
                tally.stopped = CANCELLED;
                return false;
            }
            space.awaitSpace();
            return true;
        });
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
