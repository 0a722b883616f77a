package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.dossier.indexer.IndexProgress;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.internal.space.DiskSpaceGuard;
import org.dossier.indexer.internal.space.FreeSpaceProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills while indexing: the run pauses between two files with a clear message, is never reported done
 * while paused, resumes by itself once space is freed, and in the end every file is accounted for and the catalog
 * and the index agree. Once with a probe the test sets (fast), once on a real size-capped file system.
 */
class DiskFullTest {

    private static final long MB = 1 << 20;
    private static final int FILES = 20;

    @TempDir
    Path folder;
    @TempDir
    Path scratch;

    private final List<IndexProgress> published = new CopyOnWriteArrayList<>();
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", "-l", mounted.toString());
        }
    }

    @Test
    @Timeout(120)
    void aRunPausesWhenTheProbeSaysTheDiskIsFullAndResumesWhenSpaceIsBack() throws Exception {
        writeDocuments();
        AtomicLong free = new AtomicLong(2048 * MB);
        Path dataDir = scratch.resolve("data");
        Files.createDirectories(dataDir);
        DiskSpaceGuard guard = new DiskSpaceGuard(List.of(dataDir), 500 * MB, path -> free.get(), Duration.ofMillis(20));

        try (IndexerStack stack = new IndexerStack(dataDir, 3, guard)) {
            CompletableFuture<IndexReport> run = indexWhile(stack, afterFiles(5, () -> free.set(120 * MB)));

            IndexProgress paused = awaitPaused();
            assertThat(paused.paused()).startsWith("paused: 120 MB free on " + dataDir + ", needs at least 500 MB — "
                    + "free some space there and it resumes by itself");
            assertThat(stack.indexing.paused()).isEqualTo(paused.paused());
            assertThat(paused.done()).isFalse();
            Thread.sleep(200);
            assertThat(run).as("still paused while the disk is full").isNotDone();

            free.set(2048 * MB);

            assertEverythingAccounted(stack, run.get(60, TimeUnit.SECONDS));
            assertThat(published.getLast().done()).isTrue();
            assertThat(published.getLast().paused()).isNull();
        }
    }

    @Test
    @Timeout(180)
    void aRunPausesOnARealSizeCappedDiskThatFillsAndResumesOnceAFillerIsDeleted() throws Exception {
        mounted = mountTmpfs(scratch.resolve("small-disk"), 24);
        writeDocuments();
        Path dataDir = Files.createDirectories(mounted.resolve("data"));
        Path filler = mounted.resolve("filler.bin");
        DiskSpaceGuard guard = new DiskSpaceGuard(List.of(dataDir), 8 * MB, FreeSpaceProbe.fileStores(),
                Duration.ofMillis(50));

        try (IndexerStack stack = new IndexerStack(dataDir, 3, guard)) {
            CompletableFuture<IndexReport> run = indexWhile(stack, afterFiles(5, () -> fillLeaving(filler, 4 * MB)));

            IndexProgress paused = awaitPaused();
            assertThat(paused.paused()).startsWith("paused: ").contains(" MB free on " + dataDir)
                    .contains("needs at least 8 MB");
            Thread.sleep(300);
            assertThat(run).as("still paused while the disk is full").isNotDone();
            assertThat(stack.recovery.check().agrees()).as("what is committed so far agrees").isTrue();

            Files.delete(filler);

            assertEverythingAccounted(stack, run.get(60, TimeUnit.SECONDS));
        }
        try (IndexerStack reopened = new IndexerStack(dataDir)) {
            assertThat(reopened.recovery.check().agrees()).as("after a restart too").isTrue();
            assertThat(reopened.catalog.counts().indexed()).isEqualTo(FILES);
        }
    }

    private void writeDocuments() throws IOException {
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve("memo-%02d.txt".formatted(i)),
                    "Memo %d. The harbour authority paid invoice %d to the dredging consultancy. ".formatted(i, 1000 + i)
                            .repeat(20));
        }
    }

    private CompletableFuture<IndexReport> indexWhile(IndexerStack stack, Consumer<IndexProgress> listener) {
        stack.indexing.onProgress(published::add);
        stack.indexing.onProgress(listener);
        return CompletableFuture.supplyAsync(() -> stack.indexing.index(folder));
    }

    /** Acts once, as soon as the run has looked at this many files. */
    private static Consumer<IndexProgress> afterFiles(int files, Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        return progress -> {
            if (progress.checked() >= files && !done.getAndSet(true)) {
                action.run();
            }
        };
    }

    private IndexProgress awaitPaused() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (IndexProgress progress : published) {
                if (progress.paused() != null) {
                    return progress;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the run never paused; progress: " + published);
    }

    private static void assertEverythingAccounted(IndexerStack stack, IndexReport report) {
        assertThat(report.files()).isEqualTo(FILES);
        assertThat(report.indexed()).isEqualTo(FILES);
        assertThat(stack.catalog.counts().indexed()).isEqualTo(FILES);
        assertThat(stack.recovery.check().agrees()).as("catalog and index agree").isTrue();
        assertThat(stack.index.search("dredging consultancy", 200).stream().map(hit -> hit.documentId()).distinct())
                .as("every file is searchable").hasSize(FILES);
    }

    /** Writes a file that leaves about {@code leave} bytes free on its file system. */
    private static void fillLeaving(Path filler, long leave) {
        try {
            long free = Files.getFileStore(filler.getParent()).getUsableSpace();
            try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
                byte[] block = new byte[1 << 20];
                for (long written = 0; written < free - leave; written += block.length) {
                    file.write(block); // real blocks: a sparse file would not use the space
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not fill the small disk", e);
        }
    }

    /** A tmpfs of this many megabytes, or the test is skipped where mounting is not allowed. */
    private static Path mountTmpfs(Path at, int megabytes) throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"),
                "a size-capped tmpfs needs Linux; the probe-driven test covers the logic elsewhere");
        Files.createDirectories(at);
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", at.toString());
        Assumptions.assumeTrue(exit == 0, "cannot mount a tmpfs here (needs root, or a container allowed to mount): "
                + "skipped; the probe-driven test still runs");
        return at;
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
