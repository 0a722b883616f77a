package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.indexer.IndexingService;
import org.dossier.web.SampleDocsServerTest;
import org.dossier.web.shell.DossierCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files that could not be indexed, counted by kind of reason in words a journalist understands, on the Library page,
 * in {@code /api/status} and in the shell's {@code status}: three empty files read as one line, not three.
 */
class NotIndexedReasonsPageTest extends SampleDocsServerTest {

    @Autowired
    private IndexingService indexing;
    @Autowired
    private DossierCommands commands;
    private Path folder;

    @BeforeAll
    void aFolderWithFilesThatCannotBeIndexed() throws Exception {
        folder = Files.createTempDirectory("dossier-unreadable");
        Files.createFile(folder.resolve("a.txt"));
        Files.createFile(folder.resolve("b.txt"));
        Files.createFile(folder.resolve("c.txt"));
        indexing.index(folder);
    }

    @AfterAll
    void removeThem() {
        indexing.removeSource(folder);
    }

    @Test
    void theLibraryPageGroupsReasonsWithCountsAndSaysWhatToDo() {
        HttpResponse<String> page = get("/library");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Why documents were not indexed")
                .containsPattern("<td class=\"count\">3</td>\\s*<td>SKIPPED</td>\\s*<td><strong>empty file</strong>")
                .contains("empty file (0 bytes) — nothing to index");
    }

    @Test
    void statusInJsonAndInTheShellCountsThemToo() {
        assertThat(get("/api/status").body()).contains("\"reasons\":[{\"state\":\"SKIPPED\",\"headline\":\"empty file\"")
                .contains("\"documents\":3");
        assertThat(commands.status(false, false)).containsPattern("Why documents were not indexed:\\n\\s+3  SKIPPED  empty file");
    }
}
