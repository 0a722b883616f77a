package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder (under the system temp dir unless given another) that is deleted, with everything in it, on close. */
record TempFolder(Path path) implements AutoCloseable {

    static TempFolder create(String prefix) throws IOException {
        return new TempFolder(Files.createTempDirectory(prefix));
    }

    /** Under a folder of the caller's instead: a long run's files out of reach of whoever cleans the temp dir. */
    static TempFolder create(Path parent, String prefix) throws IOException {
        return new TempFolder(Files.createTempDirectory(Files.createDirectories(parent), prefix));
    }

    @Override
    public void close() {
        try (Stream<Path> tree = Files.walk(path)) {
            // Deepest first, so each folder is empty by the time it is deleted.
            for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
