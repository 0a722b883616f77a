package org.dossier.indexer.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.StateCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state counts on a real H2 catalog migrated by Flyway, its count indexes included. */
class StateTallyTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsAreCountedByStateFilesApartAndRowsBeingRemovedLeftOut() throws Exception {
        try (IndexerStack stack = new IndexerStack(dataDir)) {
            stack.jdbc().sql("INSERT INTO source (id, path, added_at) VALUES (1, '/s', CURRENT_TIMESTAMP)").update();
            insert(stack, "a.txt", "", "INDEXED", "COMMITTED");
            insert(stack, "box.mbox", "", "INDEXED", "COMMITTED");
            insert(stack, "box.mbox", "/1", "INDEXED", "ADDED");
            insert(stack, "box.mbox", "/2", "FAILED", "COMMITTED");
            insert(stack, "empty.bin", "", "SKIPPED", "COMMITTED");
            insert(stack, "broken.pdf", "", "FAILED", "COMMITTED");
            insert(stack, "gone.txt", "", "INDEXED", "REMOVED");

            StateCounts counts = stack.catalog.counts();

            assertThat(counts).isEqualTo(new StateCounts(4, 3, 1, 2, 1));
        }
    }

    private static void insert(IndexerStack stack, String path, String entry, String state, String sync) {
        stack.jdbc().sql("""
                        INSERT INTO document (source_id, path, entry, size_bytes, modified_at, sha256, state,
                                              indexed_at, sync)
                        VALUES (1, ?, ?, 1, CURRENT_TIMESTAMP, ?, ?, CURRENT_TIMESTAMP, ?)""")
                .params(path, entry, "0".repeat(64), state, sync).update();
    }
}
