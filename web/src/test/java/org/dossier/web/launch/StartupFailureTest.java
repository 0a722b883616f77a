package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupFailureTest {

    @Test
    void aLockedCatalogSaysAnotherDossierHoldsTheDataDirectory() {
        var h2 = new IllegalStateException("Database may be already in use: \"/data/catalog/dossier.mv.db\"");

        String line = StartupFailure.describe(new RuntimeException("Error creating bean 'flyway'", h2));

        assertThat(line).startsWith("the data directory is in use by another Dossier process");
    }

    @Test
    void aCatalogH2CannotReadBackSaysItIsDamagedAndHowToRebuild(@TempDir Path dataDir) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("catalog/dossier");
        try (Connection catalog = DriverManager.getConnection(url, "dossier", "")) {
            catalog.createStatement().execute("CREATE TABLE source (id INT PRIMARY KEY, path VARCHAR(100))");
            catalog.createStatement().execute("INSERT INTO source VALUES (1, '/leak')");
        }
        try (RandomAccessFile file = new RandomAccessFile(dataDir.resolve("catalog/dossier.mv.db").toFile(), "rw")) {
            file.write(new byte[8192]); // both copies of the store header, as a torn write could leave them
        }
        SQLException opening = catchThrowableOfType(SQLException.class,
                () -> DriverManager.getConnection(url, "dossier", "").close());

        String line = StartupFailure.describe(new RuntimeException("Error creating bean 'flyway'", opening));

        assertThat(line).startsWith("the catalog (the data directory's catalog folder) is damaged and cannot be opened")
                .contains("File corrupted while reading record")
                .contains("move the data directory's catalog and index folders aside");
    }

    @Test
    void aChunkThatIsGoneAfterACrashIsADamagedCatalogToo() {
        var h2 = new IllegalStateException("General error: \"Chunk 86 not found [2.5.252/9]\" [50000-252]");

        assertThat(StartupFailure.describe(new RuntimeException("Error creating bean", h2)))
                .startsWith("the catalog (the data directory's catalog folder) is damaged")
                .contains("Chunk 86 not found");
    }

    @Test
    void anyOtherFailureIsItsInnermostMessageOnOneLine() {
        var cause = new IllegalStateException("server.address=0.0.0.0 is not a loopback address\n\tmore detail");

        String line = StartupFailure.describe(new RuntimeException("Error creating bean", cause));

        assertThat(line).isEqualTo("could not start: server.address=0.0.0.0 is not a loopback address");
    }
}
