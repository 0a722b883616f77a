package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.indexer.ArchiveFiles.gzip;
import static org.dossier.indexer.ArchiveFiles.tar;
import static org.dossier.indexer.ArchiveFiles.text;
import static org.dossier.indexer.ArchiveFiles.zip;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.ArchiveFiles;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.PassageHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives of every common packing, nested ones too, indexed as a folder: each entry is a document of its own in
 * the catalog, under the archive that holds it, and its passages are found as that document's.
 */
class ArchiveIndexingTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private IndexerStack stack;

    @BeforeEach
    void openStack() {
        stack = new IndexerStack(dataDir);
    }

    @AfterEach
    void closeStack() throws Exception {
        stack.close();
    }

    @Test
    void everyEntryOfEveryArchiveIsADocumentUnderItsContainer() throws Exception {
        ArchiveFiles.write(folder.resolve("leak.zip"), zip(Map.of("memos/q3.txt", text("Zipped quarterly memo."))));
        ArchiveFiles.write(folder.resolve("leak.tar"), tar(Map.of("memos/q3.txt", text("Tarred quarterly memo."))));
        ArchiveFiles.write(folder.resolve("leak.tar.gz"),
                gzip("leak.tar", tar(Map.of("memos/q3.txt", text("Gzipped tar memo.")))));
        ArchiveFiles.sevenZ(folder.resolve("leak.7z"), Map.of("memos/q3.txt", text("Sevenzipped memo.")));
        ArchiveFiles.write(folder.resolve("memo.txt.gz"), gzip("memo.txt", text("Single gzipped memo.")));
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("inner.tar", tar(Map.of("a.txt", text("Tar inside a zip."))));
        outer.put("2023/x.zip", zip(Map.of("docs/b.txt", text("Zip in the 2023 folder."))));
        outer.put("2024/x.zip", zip(Map.of("docs/b.txt", text("Zip in the 2024 folder."))));
        ArchiveFiles.write(folder.resolve("outer.zip"), zip(outer));

        IndexReport report = stack.indexing.index(folder);

        assertThat(report.failed()).isZero();
        assertThat(report.indexed()).isEqualTo(6);
        Map<String, DocumentRecord> documents = documentsByAddress();
        assertThat(documents).containsKeys("leak.zip!/memos/q3.txt", "leak.tar!/memos/q3.txt",
                "leak.tar.gz!/leak.tar/memos/q3.txt", "leak.7z!/memos/q3.txt", "memo.txt.gz!/memo.txt",
                "outer.zip!/inner.tar/a.txt", "outer.zip!/2023/x.zip/docs/b.txt", "outer.zip!/2024/x.zip/docs/b.txt");
        assertThat(parentOf(documents, "outer.zip!/2024/x.zip/docs/b.txt")).isEqualTo("outer.zip!/2024/x.zip");
        assertThat(parentOf(documents, "outer.zip!/inner.tar/a.txt")).isEqualTo("outer.zip!/inner.tar");
        assertThat(parentOf(documents, "leak.tar.gz!/leak.tar/memos/q3.txt")).isEqualTo("leak.tar.gz!/leak.tar");
        assertThat(parentOf(documents, "outer.zip!/inner.tar")).isEqualTo("outer.zip!");
        PassageHit hit = stack.index.search("zip in the 2024 folder", 1).getFirst();
        assertThat(hit.documentId()).isEqualTo(documents.get("outer.zip!/2024/x.zip/docs/b.txt").id());
    }

    /**
     * Two containers of one name (a tar appended to, or two .pst messages with the same subject) each keep what is
     * inside them: the second is named " (2)", and its entries are found under it, not under the first.
     */
    @Test
    void whatIsInsideTwoContainersOfOneNameStaysUnderEach() throws Exception {
        ArchiveFiles.write(folder.resolve("appended.tar"), ArchiveFiles.tarOf(List.of(
                Map.entry("x.zip", zip(Map.of("a.txt", text("First upload of the ledger.")))),
                Map.entry("x.zip", zip(Map.of("b.txt", text("Second upload of the ledger.")))))));

        stack.indexing.index(folder);

        Map<String, DocumentRecord> documents = documentsByAddress();
        assertThat(parentOf(documents, "appended.tar!/x.zip/a.txt")).isEqualTo("appended.tar!/x.zip");
        assertThat(parentOf(documents, "appended.tar!/x.zip (2)/b.txt")).isEqualTo("appended.tar!/x.zip (2)");
    }

    /** {@code file!entry}, the file itself as {@code file!}. */
    private Map<String, DocumentRecord> documentsByAddress() {
        Map<String, DocumentRecord> byAddress = new HashMap<>();
        long sourceId = stack.catalog.sources().getFirst().id();
        for (long fileId : stack.catalog.fileIds(sourceId)) {
            for (DocumentRecord document : stack.catalog.findAll(stack.catalog.treeIds(fileId))) {
                byAddress.put(document.path() + "!" + document.entry(), document);
            }
        }
        return byAddress;
    }

    private static String parentOf(Map<String, DocumentRecord> documents, String address) {
        Long parentId = documents.get(address).parentId();
        return documents.entrySet().stream().filter(e -> e.getValue().id() == parentId).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }
}
