package org.dossier.indexer.internal.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.dossier.indexer.internal.extract.Extraction;

/**
 * Reads a file only while it holds still, and tries again when it does not. A file still being written (its size or
 * time changed since the scan, or while it was read) and a read that fails in a way that often passes (a network
 * share that blinks, a file locked for a moment) are tried again after growing waits, then recorded with a plain
 * reason. The waits happen on a parse thread, so the files after it are parsed meanwhile; a file that never settles
 * costs those few seconds once, never the run. A file that is gone or not readable by the user is not retried.
 */
final class SteadyRead {

    /** About four seconds in all: long enough for a copy or a save to finish, short enough not to hold up a run. */
    static final List<Duration> WAITS = List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2));

    /** Hashes and extracts a file that holds still. */
    interface Read {
        FileIndexer.Parsed read(FileIndexer.FoundFile file) throws IOException;
    }

    private final List<Duration> waits;

    SteadyRead(List<Duration> waits) {
        this.waits = List.copyOf(waits);
    }

    /** What reading gave, for the file as it was when it held still; a failure with its reason if it never did. */
    FileIndexer.Parsed read(FileIndexer.FoundFile found, Read read) {
        FileIndexer.FoundFile expected = found;
        IOException lastError = null;
        for (int attempt = 0; ; attempt++) {
            try {
                FileIndexer.FoundFile now = look(expected);
                if (now.equals(expected)) {
                    FileIndexer.Parsed parsed = read.read(now);
                    // a streamed container's parts went on as they were read, so it is not read twice: recorded
                    // with the size and time it had before, it reads as changed to the watcher and the next run
                    if (look(now).equals(now) || parsed.extraction() instanceof Extraction.Streamed) {
                        return parsed;
                    }
                }
                expected = look(expected); // it changed: the next look must find it as it is now
                lastError = null;
            } catch (NoSuchFileException | AccessDeniedException e) {
                return failed(found, unreadable(e));
            } catch (IOException e) {
                lastError = e;
            }
            if (attempt == waits.size()) {
                return failed(expected, lastError != null
                        ? unreadable(lastError) + " — tried " + (attempt + 1) + " times over " + total() + " s"
                        : "the file kept changing while Dossier read it (is it still being copied or written?) — "
                                + "it is indexed once it holds still, by the folder watcher or the next run");
            }
            if (!pause(waits.get(attempt))) {
                return failed(expected, "indexing stopped while the file was being read — the next run reads it");
            }
        }
    }

    /** The file with the size and time it has now (to the millisecond, as the scan and the catalog hold them). */
    private static FileIndexer.FoundFile look(FileIndexer.FoundFile file) throws IOException {
        Path path = file.absolute();
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return new FileIndexer.FoundFile(file.sourceId(), path, file.relativePath(), attributes.size(),
                Instant.ofEpochMilli(attributes.lastModifiedTime().toMillis()));
    }

    static String unreadable(IOException e) {
        return switch (e) {
            case NoSuchFileException _ -> "the file was deleted before it could be read — nothing to do";
            case AccessDeniedException _ -> "permission denied — let your user account read it, then index again";
            default -> "cannot read the file — is the disk or network share still there? (" + e.getMessage() + ")";
        };
    }

    private static FileIndexer.Parsed failed(FileIndexer.FoundFile file, String reason) {
        return new FileIndexer.Parsed(file, "", new Extraction.Failed(reason));
    }

    private long total() {
        return Math.round(waits.stream().mapToLong(Duration::toMillis).sum() / 1000.0);
    }

    /** Waits; false if the run is being stopped (its parse threads are interrupted). */
    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
