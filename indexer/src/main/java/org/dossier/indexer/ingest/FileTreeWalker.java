package org.dossier.indexer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lists the regular files under a folder, in a stable order. Hidden files and folders (a leading dot) are left out:
 * they are tool and system files, not a user's documents; so is whatever a {@code .dossierignore} file in the
 * folder or above it excludes. Symbolic links are not followed, so a link loop cannot trap the walk; a folder that
 * cannot be read is passed over.
 */
final class FileTreeWalker {

    List<Path> regularFiles(Path root) {
        List<Path> files = new ArrayList<>();
        Deque<IgnoreRules> ignoreFiles = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (hidden(dir) || ignored(dir, true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    ignoreFiles.push(IgnoreRules.of(dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                    ignoreFiles.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file) && !ignored(file, false)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                private boolean ignored(Path path, boolean isFolder) {
                    return ignoreFiles.stream().anyMatch(rules -> rules.ignores(path, isFolder));
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
