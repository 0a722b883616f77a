package org.dossier.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what Dossier writes to itself: the data directory holds the text of every indexed document and every
 * conversation, so its folders are 0700 and its files 0600 on Linux and macOS. Elsewhere (Windows, a file system
 * without POSIX modes) both methods do nothing.
 */
public final class PrivateFiles {

    private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);
    private static final int OWNER_ONLY_UMASK = 0077;
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * Sets this process's umask to 077, so every file and folder it creates from now on — Lucene segments, the H2
     * database, exports — is owner-only, and so is everything its child processes create (parse workers,
     * llama-server), which inherit the umask. Call it first thing in {@code main}, while there is one thread.
     * <p>
     * It logs nothing: before Spring configures logging, Logback's default would print to standard output, which
     * carries a one-shot command's result. Native access ({@code --enable-native-access=ALL-UNNAMED}, or the jar's
     * {@code Enable-Native-Access} manifest entry) keeps the JVM quiet; without it the JVM prints a warning and the
     * call still works; only with {@code --illegal-native-access=deny} is it refused, and this returns false.
     *
     * @return true when the umask was set; false without POSIX file modes, without a C library's {@code umask}, or
     *         when native access is denied (the data directory is still made owner-only at start-up)
     */
    public static boolean restrictNewFiles() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        try {
            Linker linker = Linker.nativeLinker();
            Optional<MemorySegment> umask = linker.defaultLookup().find("umask");
            if (umask.isEmpty()) {
                return false;
            }
            // mode_t is 32 bits on Linux and 16 on macOS; an int argument carries 077 to either.
            MethodHandle call = linker.downcallHandle(umask.get(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            int previousMaskIsOfNoUse = (int) call.invokeExact(OWNER_ONLY_UMASK);
            return true;
        } catch (UnsupportedOperationException | IllegalCallerException e) {
            return false;
        } catch (Throwable e) {
            throw new IllegalStateException("could not set the umask to 077: " + e, e);
        }
    }

    /**
     * Creates the data directory owner-only if it is missing; otherwise takes group and other users' permissions off
     * it and everything under it, logging once how many entries that changed. Symbolic links inside are neither
     * followed nor changed (the directory itself may be one: its target is secured). Each folder is fixed before its
     * entries are visited, so once it is owner-only nobody else can swap an entry for a link during the walk.
     *
     * @return how many folders and files were readable, writable or listable by other users
     * @throws UncheckedIOException when a folder or file cannot be changed, e.g. one owned by another user
     */
    public static int secureDataDirectory(Path dataDir) {
        if (!dataDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            log.debug("{} has no POSIX file modes: not made owner-only", dataDir);
            return 0;
        }
        try {
            if (Files.notExists(dataDir)) {
                // The mode as an attribute of the creation, so there is no moment when the folder is open to others;
                // missing parents are the user's folders and get the usual modes.
                Files.createDirectories(dataDir.toAbsolutePath().getParent());
                Files.createDirectory(dataDir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                return 0;
            }
            Path root = dataDir.toRealPath();
            OwnerOnlyWalk walk = new OwnerOnlyWalk();
            Files.walkFileTree(root, walk);
            if (walk.changed > 0) {
                // A warning, so that it shows in one-shot commands too: the data was open to other users until now.
                log.warn("Made {} {} in {} owner-only (were readable by other users)", walk.changed,
                        walk.changed == 1 ? "entry" : "entries", root);
            }
            return walk.changed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the data directory " + dataDir + " owner-only (" + e
                    + ") — check its owner and modes (chmod -R go-rwx), or set DOSSIER_DATA_DIR to another directory",
                    e);
        }
    }

    /** Takes group and other bits off every folder and file; the owner's own bits stay (a native library keeps x). */
    private static final class OwnerOnlyWalk extends SimpleFileVisitor<Path> {

        private int changed;

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
            restrict(dir);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            if (!attributes.isSymbolicLink()) {
                restrict(file);
            }
            return FileVisitResult.CONTINUE;
        }

        /** A file deleted during the walk (Lucene merges segments) has nothing left to protect. */
        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE;
            }
            throw e;
        }

        private void restrict(Path entry) throws IOException {
            PosixFileAttributeView view = Files.getFileAttributeView(entry, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> permissions;
            try {
                permissions = view.readAttributes().permissions();
            } catch (NoSuchFileException gone) {
                return;
            }
            if (permissions.removeAll(GROUP_AND_OTHERS)) {
                Files.setPosixFilePermissions(entry, permissions);
                changed++;
            }
        }
    }
}
