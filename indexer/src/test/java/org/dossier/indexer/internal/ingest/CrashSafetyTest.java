package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM indexes a few hundred files and is killed with SIGKILL at random moments, again and again, while the
 * files keep changing. After every kill, a restart (which runs recovery) must find the catalog and the index in
 * exact agreement; at the end, indexing converges to the full set, every file once.
 */
class CrashSafetyTest {

    private static final int FILES = 300;
    private static final int KILLS = 20;

    @TempDir
    Path folder;
    @TempDir
    Path dataDir;

    private final Random random = new Random(42);

    @Test
    void killedMidIndexingTheCatalogAndIndexStillAgreeAndConvergeToEveryFileOnce() throws Exception {
        for (int i = 0; i < FILES; i++) {
            write(i, 0);
        }
        int killedMidRun = 0;
        for (int cycle = 1; cycle <= KILLS; cycle++) {
            changeSomeFiles(cycle);
            Process child = startChild();
            boolean finished = child.waitFor(300 + random.nextInt(2500), TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush, no close
                killedMidRun++;
            }
            try (IndexerStack restarted = new IndexerStack(dataDir)) {
                IndexRecovery.Consistency consistency = restarted.recovery.check();
                assertThat(consistency.agrees()).as("cycle %d: catalog %s vs index %s", cycle,
                        consistency.catalog().size(), consistency.index().size()).isTrue();
            }
        }
        assertThat(killedMidRun).as("most runs were cut short").isGreaterThanOrEqualTo(KILLS / 2);

        try (IndexerStack last = new IndexerStack(dataDir)) {
            last.indexing.index(folder);
            List<DocumentRecord> files = last.catalog.findAll(last.writer.committedPassageCounts().keySet());
            assertThat(files).hasSize(FILES);
            assertThat(files.stream().map(DocumentRecord::path).distinct()).hasSize(FILES);
            assertThat(last.catalog.counts().files()).isEqualTo(FILES);
            assertThat(last.index.passageCount()).isEqualTo(FILES);
            assertThat(last.recovery.check().agrees()).isTrue();
            List<RunRecord> runs = last.indexing.recentRuns(KILLS + 1);
            assertThat(runs.getFirst().state()).isEqualTo(RunRecord.State.DONE);
            assertThat(runs).as("no run is left looking as if it still worked")
                    .noneMatch(run -> run.state() == RunRecord.State.RUNNING);
            assertThat(runs).as("every earlier run ended, or shows as interrupted by a kill")
                    .allMatch(run -> run.state() == RunRecord.State.DONE || run.state() == RunRecord.State.INTERRUPTED);
            for (int i = 0; i < FILES; i += 37) {
                String current = Files.readString(file(i));
                assertThat(last.index.search(current.substring(current.lastIndexOf(' ') + 1), 5))
                        .as("file %d's latest words are searchable", i).isNotEmpty();
            }
        }
    }

    /** A fresh JVM on this test's classpath that indexes the folder, committing every few files. */
    private Process startChild() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                IndexingChild.class.getName(), dataDir.toString(), folder.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private void changeSomeFiles(int cycle) throws IOException {
        for (int n = 0; n < 30; n++) {
            write(random.nextInt(FILES), cycle);
        }
    }

    private void write(int i, int version) throws IOException {
        Path file = file(i);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Document " + i + " version " + version + " about harbour dredging and invoices word" + i
                + "v" + version);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusMillis(version * 1000L + i)));
    }

    private Path file(int i) {
        return folder.resolve("batch-" + (i % 10)).resolve("doc-" + i + ".txt");
    }

    /** The child process: index, then exit. */
    public static final class IndexingChild {
        public static void main(String[] args) throws Exception {
            try (IndexerStack stack = new IndexerStack(Path.of(args[0]), 5)) {
                stack.indexing.index(Path.of(args[1]));
            }
            System.exit(0);
        }
    }

}
