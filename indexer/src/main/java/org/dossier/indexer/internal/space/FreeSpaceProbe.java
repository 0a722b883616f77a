package org.dossier.indexer.internal.space;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How many bytes this process can still write on the file system that holds a path. */
@FunctionalInterface
public interface FreeSpaceProbe {

    long usableBytes(Path path) throws IOException;

    /** The file system's own figure (what {@code df} shows as available to this user). */
    static FreeSpaceProbe fileStores() {
        return path -> Files.getFileStore(path).getUsableSpace();
    }
}
