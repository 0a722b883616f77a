package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.ArchiveFiles;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.OfficeFiles;
import org.dossier.indexer.ReasonCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be indexed end with a reason a journalist can act on, and the catalog counts them by kind. */
class NotIndexedReasonsTest {

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
    void everyReasonSaysWhatIsWrongAndWhatToDoBeforeTheParsersMessage() throws Exception {
        Files.createFile(folder.resolve("empty.txt"));
        byte[] sheet = Files.readAllBytes(OfficeFiles.xlsx(dataDir.resolve("whole.xlsx"),
                Map.of("Vendors", List.of("Bluewater Consultancy", "Harbour Dredging Ltd"))));
        Files.write(folder.resolve("cut.xlsx"), Arrays.copyOf(sheet, sheet.length / 2));

        stack.indexing.index(folder);

        assertThat(reasonOf("empty.txt")).isEqualTo("empty file (0 bytes) — nothing to index");
        assertThat(reasonOf("cut.xlsx")).doesNotStartWith("could not parse").contains(" — ")
                .matches(".+ \\(\\w+(: .*)?\\)").as("the parser's message comes last, in brackets");
    }

    @Test
    void anEmptyPartInsideAFileIsNotAFailure() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("memo.txt", ArchiveFiles.text("The dredging contract was signed in March."));
        entries.put("images/inline.png", new byte[0]);
        ArchiveFiles.write(folder.resolve("attachments.zip"), ArchiveFiles.zip(entries));

        stack.indexing.index(folder);

        List<DocumentRecord> notIndexed = stack.catalog.notIndexed(10);
        assertThat(notIndexed).as("nothing failed or was skipped").isEmpty();
        assertThat(stack.index.search("dredging", 5)).hasSize(1);
    }

    @Test
    void reasonsAreCountedByKindMostFrequentFirst() throws Exception {
        Files.createFile(folder.resolve("a.txt"));
        Files.createFile(folder.resolve("b.txt"));
        Files.createFile(folder.resolve("c.txt"));
        Files.write(folder.resolve("noise.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        stack.indexing.index(folder);

        List<ReasonCount> counts = stack.catalog.reasonCounts();
        assertThat(counts.getFirst()).isEqualTo(new ReasonCount(DocumentState.SKIPPED, "empty file",
                "empty file (0 bytes) — nothing to index", 3));
        assertThat(counts).hasSize(2);
        assertThat(counts.getLast().documents()).isEqualTo(1);
    }

    private String reasonOf(String path) {
        return stack.catalog.notIndexed(20).stream().filter(doc -> doc.path().equals(path) && doc.entry().isEmpty())
                .findFirst().orElseThrow().reason();
    }
}
