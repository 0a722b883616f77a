package org.dossier.indexer.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.dossier.indexer.IndexerStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in a watched folder: each change shows in search within a bounded wait. */
class FolderWatcherTest {

    /** The product's promise is 2 s for a small file; the test allows for a loaded CI machine. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private IndexerStack stack;
    private FolderWatcher watcher;

    @BeforeEach
    void watch() {
        stack = new IndexerStack(dataDir);
        stack.indexing.index(folder);
        watcher = new FolderWatcher(stack.indexing, stack.catalog, Duration.ofMillis(100), path -> false);
        watcher.watchAllSources();
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
        stack.close();
    }

    @Test
    void addEditRenameMoveAndDeleteEachShowInSearch() throws Exception {
        Path memo = Files.writeString(folder.resolve("memo.txt"), "The dredging budget is ten million.");
        assertEventually("a new file is searchable", () -> found("dredging"));

        Files.writeString(memo, "The dredging budget is twelve million.");
        assertEventually("an edit replaces the old words", () -> found("twelve") && !found("ten"));

        Path renamed = folder.resolve("budget-memo.txt");
        Files.move(memo, renamed);
        assertEventually("a rename keeps it searchable under its new name",
                () -> found("twelve") && stack.catalog.counts().files() == 1
                        && pathOf("twelve").equals("budget-memo.txt"));

        Files.createDirectories(folder.resolve("2024/q3"));
        Files.move(renamed, folder.resolve("2024/q3/budget-memo.txt"));
        assertEventually("a move into new sub-folders follows the file",
                () -> found("twelve") && pathOf("twelve").equals("2024/q3/budget-memo.txt"));

        Files.writeString(folder.resolve("2024/q3/invoice.txt"), "Invoice 2231 from the contractor.");
        assertEventually("a file created in a new sub-folder is searchable", () -> found("contractor"));

        Files.delete(folder.resolve("2024/q3/budget-memo.txt"));
        assertEventually("a deleted file leaves the index", () -> !found("twelve"));
        assertThat(stack.recovery.check().agrees()).isTrue();
    }

    @Test
    void aSaveStormIsIndexedOnceItSettles() throws Exception {
        Path draft = folder.resolve("draft.txt");
        for (int i = 0; i < 20; i++) {
            Files.writeString(draft, "Draft version " + i + " of the statement word" + i);
        }
        assertEventually("the last version is indexed", () -> found("word19"));
        assertThat(found("word3")).isFalse();
        assertThat(stack.index.passageCount()).isEqualTo(1);
    }

    private boolean found(String word) {
        return !stack.index.search(word, 5).isEmpty();
    }

    private String pathOf(String word) {
        long id = stack.index.search(word, 1).getFirst().documentId();
        return stack.catalog.find(id).orElseThrow().path();
    }

    private static void assertEventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT.toSeconds() + " s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
