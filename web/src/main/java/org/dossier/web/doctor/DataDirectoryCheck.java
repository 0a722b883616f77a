package org.dossier.web.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The data directory holds the extracted text of every document: it must be writable, owner-only (other accounts
 * on the machine must not read it) and have room for the index to grow.
 */
record DataDirectoryCheck(Path dataDir, long minimumFreeBytes) {

    static final long MINIMUM_FREE_BYTES = 1_000_000_000L;

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    Check run() {
        String what = "data directory";
        if (!Files.isDirectory(dataDir) || !Files.isWritable(dataDir)) {
            return Check.failed(what, dataDir + " is missing or not writable",
                    "create it, or set DOSSIER_DATA_DIR to a writable folder");
        }
        try {
            long free = Files.getFileStore(dataDir).getUsableSpace();
            String found = "%s, %s free".formatted(dataDir, gigabytes(free));
            if (Files.getFileStore(dataDir).supportsFileAttributeView("posix")) {
                var permissions = Files.getPosixFilePermissions(dataDir);
                found += ", mode " + PosixFilePermissions.toString(permissions);
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    return Check.failed(what, found, "other accounts can reach it: chmod 700 " + dataDir
                            + " (Dossier also does so at its next start)");
                }
            }
            if (free < minimumFreeBytes) {
                return Check.failed(what, found, "less than " + gigabytes(minimumFreeBytes)
                        + " free: make room on that disk or move the data directory (DOSSIER_DATA_DIR)");
            }
            return Check.passed(what, found);
        } catch (IOException e) {
            return Check.failed(what, dataDir + ": " + e.getMessage(), "check the folder's owner and permissions");
        }
    }

    static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
