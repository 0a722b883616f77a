package org.dossier.indexer.internal.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Lists (or visits one at a time) the regular files under a folder, in a stable order. Hidden files and folders (a
 * leading dot) are left out: they are tool and system files, not a user's documents; so is whatever a
 * {@code .dossierignore} file in the folder or above it excludes. Symbolic links are not followed, so a link loop cannot trap the walk; a folder that
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
        List<Path> files = new ArrayList<>();
        walk(root, includes, excludes, files::add);
        return files;
    }

    /**
     * Visits the regular files under a folder one at a time, in a stable order (each folder's entries sorted, a
     * sub-folder's files where its name sorts), without collecting them: what is held is the folders being walked,
     * never the whole tree, so a folder of any number of files is walked in the memory of its widest folder.
     *
     * @param visitor told each file; returns false to stop the walk there
     * @return false when the visitor stopped the walk
     */
    boolean walk(Path root, List<String> includes, List<String> excludes, Predicate<Path> visitor) {
        List<PathMatcher> include = matchers(includes);
        List<PathMatcher> exclude = matchers(excludes);
        Deque<IgnoreRules> ignoreFiles = new ArrayDeque<>();
        Deque<Iterator<Path>> folders = new ArrayDeque<>();
        List<Path> top = entries(root);
        if (top == null) {
            throw new UncheckedIOException(new IOException("cannot list " + root));
        }
        ignoreFiles.push(IgnoreRules.of(root));
        folders.push(top.iterator());
        while (!folders.isEmpty()) {
            Iterator<Path> folder = folders.peek();
            if (!folder.hasNext()) {
                folders.pop();
                ignoreFiles.pop();
                continue;
            }
            Path entry = folder.next();
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue; // gone or unreadable: passed over
            }
            if (attributes.isDirectory()) {
                List<Path> children = hidden(entry) || ignored(ignoreFiles, entry, true) ? null : entries(entry);
                if (children != null) {
                    ignoreFiles.push(IgnoreRules.of(entry));
                    folders.push(children.iterator());
                }
                continue;
            }
            Path relative = root.relativize(entry);
            if (attributes.isRegularFile() && !hidden(entry) && !ignored(ignoreFiles, entry, false)
                    && (include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative)))
                    && exclude.stream().noneMatch(m -> m.matches(relative)) && !visitor.test(entry)) {
                return false;
            }
        }
        return true;
    }

    /** A folder's entries, sorted; {@code null} when it cannot be read (it is passed over). */
    private static @Nullable List<Path> entries(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        entries.sort(null);
        return entries;
    }

    private static boolean ignored(Deque<IgnoreRules> ignoreFiles, Path path, boolean isFolder) {
        return ignoreFiles.stream().anyMatch(rules -> rules.ignores(path, isFolder));
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
