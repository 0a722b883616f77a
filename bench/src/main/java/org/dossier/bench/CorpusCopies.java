package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus copied N times into a temporary folder, copy k under {@code copy-k/}, so a small corpus makes a workload
 * big enough to time. Copies are distinct files to Dossier (different paths), so each one is really indexed.
 * Hidden files and folders are not copied, as Dossier's own walk leaves them out; that includes
 * {@code .dossierignore}, so no ignore rules apply in the copies and both pipelines see exactly {@link #files()}
 * (the baseline has no way to apply Dossier's rules). Deleted on close.
 */
final class CorpusCopies implements AutoCloseable {

    private final TempFolder folder;
    private final List<Path> files;
    private final long bytes;

    private CorpusCopies(TempFolder folder, List<Path> files, long bytes) {
        this.folder = folder;
        this.files = List.copyOf(files);
        this.bytes = bytes;
    }

    static CorpusCopies of(Path corpus, int copies) throws IOException {
        List<Path> originals = corpusFiles(corpus);
        TempFolder folder = TempFolder.create("dossier-bench-corpus-");
        try {
            List<Path> files = new ArrayList<>();
            long bytes = 0;
            for (int k = 0; k < copies; k++) {
                Path copyRoot = folder.path().resolve("copy-" + k);
                for (Path original : originals) {
                    Path target = copyRoot.resolve(corpus.relativize(original).toString());
                    Files.createDirectories(target.getParent());
                    files.add(Files.copy(original, target));
                    bytes += Files.size(target);
                }
            }
            return new CorpusCopies(folder, files, bytes);
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** The folder holding every copy: what Dossier is asked to index. */
    Path root() {
        return folder.path();
    }

    /** Every copied file, in a stable order. */
    List<Path> files() {
        return files;
    }

    /** Total size of {@link #files()}. */
    long bytes() {
        return bytes;
    }

    /**
     * The corpus's own files (not hidden, not under a hidden folder, not symbolic links: as Dossier's walk), sorted;
     * fails if there are none.
     */
    static List<Path> corpusFiles(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("corpus folder not found: " + corpus.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> tree = Files.walk(corpus)) {
            files = tree.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !hidden(corpus.relativize(file)))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("corpus folder is empty: " + corpus.toAbsolutePath());
        }
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        folder.close();
    }
}
