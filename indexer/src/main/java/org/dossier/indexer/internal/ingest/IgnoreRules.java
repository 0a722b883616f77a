package org.dossier.indexer.internal.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of one {@code .dossierignore} file, which leave files out of indexing the way {@code .gitignore}
 * does: a pattern without a slash matches a name at any depth below the file's folder ({@code *.tmp},
 * {@code drafts}); a pattern with a slash matches a path relative to that folder ({@code /README.md},
 * {@code archive/2019/**}); a trailing slash matches folders only; {@code #} starts a comment. Negation
 * ({@code !pattern}) is not supported yet and such lines are ignored.
 */
final class IgnoreRules {

    static final String FILE_NAME = ".dossierignore";

    private record Rule(PathMatcher matcher, boolean anchored, boolean foldersOnly) {
    }

    private final Path folder;
    private final List<Rule> rules;

    private IgnoreRules(Path folder, List<Rule> rules) {
        this.folder = folder;
        this.rules = rules;
    }

    /**
     * The rules of a folder's ignore file, or none when it has none (or it cannot be read). An ignore file that is a
     * link is not followed, like every other link in a source: nothing outside the source is read.
     */
    static IgnoreRules of(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new IgnoreRules(folder, List.of());
        }
        List<Rule> rules = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                parse(line.strip(), rules);
            }
        } catch (IOException e) {
            return new IgnoreRules(folder, List.of());
        }
        return new IgnoreRules(folder, rules);
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Whether a path below this rule's folder is ignored. */
    boolean ignores(Path path, boolean isFolder) {
        Path relative = folder.relativize(path);
        for (Rule rule : rules) {
            if (rule.foldersOnly() && !isFolder) {
                continue;
            }
            Path subject = rule.anchored() ? relative : path.getFileName();
            if (subject != null && rule.matcher().matches(subject)) {
                return true;
            }
        }
        return false;
    }

    private static void parse(String line, List<Rule> rules) {
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
            return;
        }
        boolean foldersOnly = line.endsWith("/");
        String pattern = foldersOnly ? line.substring(0, line.length() - 1) : line;
        boolean anchored = pattern.contains("/");
        pattern = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        if (!pattern.isEmpty()) {
            rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + pattern), anchored, foldersOnly));
        }
    }
}
