package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeWalkerTest {

    @TempDir
    Path root;

    @Test
    void filesAreVisitedOneAtATimeSortedWithinEachFolderAndTheVisitorCanStopTheWalk() throws Exception {
        for (String path : List.of("b.txt", "a/2.txt", "a/1.txt", "c/d/e.txt", ".hidden/x.txt", "a.txt")) {
            Files.createDirectories(root.resolve(path).getParent());
            Files.writeString(root.resolve(path), path);
        }
        List<String> all = new ArrayList<>();
        List<String> firstTwo = new ArrayList<>();

        boolean walkedAll = new FileTreeWalker().walk(root, List.of(), List.of(), file -> all.add(relative(file)));
        boolean walkedFirstTwo = new FileTreeWalker().walk(root, List.of(), List.of(),
                file -> firstTwo.add(relative(file)) && firstTwo.size() < 2);

        assertThat(walkedAll).isTrue();
        assertThat(all).containsExactly("a/1.txt", "a/2.txt", "a.txt", "b.txt", "c/d/e.txt");
        assertThat(walkedFirstTwo).isFalse();
        assertThat(firstTwo).containsExactly("a/1.txt", "a/2.txt");
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
