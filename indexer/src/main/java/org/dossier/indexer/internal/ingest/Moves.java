package org.dossier.indexer.internal.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dossier.engine.FileSha256;
import org.dossier.indexer.internal.catalog.FileStamp;
import org.jspecify.annotations.Nullable;

/**
 * Files that vanished from their recorded path during a scan, as candidates for a move: a new path whose size and
 * then SHA-256 match one of them is that file, moved or renamed. Only new files of a matching size are hashed, so
 * an ordinary scan pays nothing for this.
 */
final class Moves {

    private final List<FileStamp> vanished;

    Moves(List<FileStamp> vanished) {
        this.vanished = new ArrayList<>(vanished);
    }

    /** The vanished file that a new file is, or {@code null}; a match is claimed and not offered again. */
    @Nullable FileStamp movedHere(Path file, long size) {
        if (vanished.stream().noneMatch(stamp -> stamp.sizeBytes() == size)) {
            return null;
        }
        String sha256;
        try {
            sha256 = FileSha256.of(file);
        } catch (IOException e) {
            return null; // unreadable: it will be indexed, and fail there with its reason
        }
        for (FileStamp stamp : vanished) {
            if (stamp.sizeBytes() == size && stamp.sha256().equals(sha256)) {
                vanished.remove(stamp);
                return stamp;
            }
        }
        return null;
    }

    /** Vanished files no new path claimed: deleted. */
    List<FileStamp> unclaimed() {
        return List.copyOf(vanished);
    }
}
