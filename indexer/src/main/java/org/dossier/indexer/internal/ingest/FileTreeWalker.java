package org.dossier.indexer.internal.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the regular files under a folder, in a stable order. Hidden files and folders (a leading dot) are left out:
 * they are tool and system files, not a user's documents; so is whatever a {@code .dossierignore} file in the
 * folder or above it excludes. Symbolic links are not followed, so a link loop cannot trap the walk; a folder that
 * cannot be read is passed over.
 */
final class FileTreeWalker {

    /** Files and folders that operating systems and office suites leave beside documents. */
    private static final Set<String> SYSTEM_NAMES = Set.of("thumbs.db", "desktop.ini", "$recycle.bin",
            "system volume information", "ehthumbs.db");

    List<Path> regularFiles(Path root) {
        return regularFiles(root, List.of(), List.of());
    }

    /**
     * @param includes glob patterns on the path relative to the root; when any, only matching files are listed
     * @param excludes glob patterns of files never listed
     */
    List<Path> regularFiles(Path root, List<String> includes, List<String> excludes) {
        List<PathMatcher> include = matchers(includes);
        List<PathMatcher> exclude = matchers(excludes);
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
                    Path relative = root.relativize(file);
                    if (attrs.isRegularFile() && !hidden(file) && !ignored(file, false)
                            && (include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative)))
                            && exclude.stream().noneMatch(m -> m.matches(relative))) {
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

    /** Hidden (a leading dot), an operating system's own file, or an office suite's lock file ({@code ~$report.docx}). */
    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString();
        return text.startsWith(".") || text.startsWith("~$") || SYSTEM_NAMES.contains(text.toLowerCase(Locale.ROOT));
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().filter(glob -> !glob.isBlank())
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob.strip())).toList();
    }
}
