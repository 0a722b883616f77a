package org.dossier.web.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * The server that serves a data directory, as it announces itself in {@code <data-dir>/server.json} while it runs:
 * its loopback port and its process. A one-shot command finds it there and sends its request to it rather than
 * open the data directory a second time. The file is owner-only like everything in the data directory; the API
 * token beside it ({@code api-token}) is what the request must carry.
 */
record RunningServer(int port, long pid) {

    static final String FILE = "server.json";

    /** The announced server, if its process is still alive (a crashed server leaves its file behind). */
    static Optional<RunningServer> of(Path dataDir) {
        try {
            RunningServer server = read(dataDir.resolve(FILE));
            return ProcessHandle.of(server.pid()).filter(ProcessHandle::isAlive).map(alive -> server);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: run standalone, which says so if the data directory is in use
        }
    }

    /**
     * Owner-only from the start, like the API token: no moment when another account could read it; and whole when
     * it appears (written aside, then moved into place), so a client never reads half of it.
     */
    void announce(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path aside = dataDir.resolve(FILE + ".new");
        Files.deleteIfExists(aside);
        try {
            Files.createFile(aside, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(aside);
        }
        Files.writeString(aside, FlatJson.writeObject(Map.of("port", port, "pid", pid)));
        Files.move(aside, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the announcement, unless another server has written its own meanwhile. */
    void withdraw(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        try {
            if (read(file).equals(this)) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException | RuntimeException gone) {
            // nothing of ours to remove
        }
    }

    /** Read with {@link FlatJson}: a one-shot client reads this file before anything else is loaded. */
    private static RunningServer read(Path file) throws IOException {
        var members = FlatJson.parseObject(Files.readString(file));
        if (!(members.get("port") instanceof Long port) || !(members.get("pid") instanceof Long pid)) {
            throw new IllegalArgumentException(file + " names no port and pid");
        }
        return new RunningServer(Math.toIntExact(port), pid);
    }
}
