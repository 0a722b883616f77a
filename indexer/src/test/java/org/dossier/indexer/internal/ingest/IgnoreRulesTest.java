package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreRulesTest {

    @TempDir
    Path root;

    @Test
    void aDossierignoreFileLeavesMatchingFilesAndFoldersOut() throws Exception {
        Files.writeString(root.resolve(".dossierignore"), """
                # comments and blank lines are fine

                /README.md
                *.tmp
                drafts/
                archive/2019/**
                !keep.tmp
                """);
        write("README.md", "docs/README.md", "a.tmp", "docs/b.tmp", "drafts/x.txt", "docs/drafts/y.txt",
                "archive/2019/old.txt", "archive/2020/new.txt", "notes.txt", "drafts.txt");
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/.dossierignore"), "secret.txt\n");
        write("sub/secret.txt", "sub/open.txt", "secret.txt");

        var files = new FileTreeWalker().regularFiles(root).stream()
                .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();

        assertThat(files).containsExactlyInAnyOrder("docs/README.md", "archive/2020/new.txt", "notes.txt",
                "drafts.txt", "sub/open.txt", "secret.txt");
    }

    private void write(String... paths) throws Exception {
        for (String path : paths) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, path);
        }
    }
}
