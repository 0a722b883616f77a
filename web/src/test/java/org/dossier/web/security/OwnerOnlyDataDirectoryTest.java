package org.dossier.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.dossier.DossierApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Start-up makes a data directory that other users could read owner-only before the catalog or the index is
 * opened. This JVM's umask is left as it is (main sets it, and RestrictNewFilesTest and PackagedJarIT test that), so
 * what the application creates here during the test may carry this JVM's default modes; the data directory's own
 * 0700 is what keeps those from other users, and is asserted.
 */
class OwnerOnlyDataDirectoryTest {

    @Test
    void startingMakesALooseDataDirectoryOwnerOnlyBeforeTheCatalogOpensIt(@TempDir Path temp) throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX file modes").contains("posix");
        // given: a data directory as an older Dossier left it, open to every local user
        Path dataDir = withMode(Files.createDirectory(temp.resolve("dossier")), "rwxr-xr-x");
        Path catalog = withMode(Files.createDirectory(dataDir.resolve("catalog")), "rwxr-xr-x");
        Path cache = withMode(Files.createDirectories(dataDir.resolve("cache/djl")), "rwxr-xr-x");
        Path library = withMode(Files.writeString(cache.resolve("libtokenizers.so"), "native code"), "rwxr-xr-x");

        // when
        new SpringApplicationBuilder(DossierApplication.class).web(WebApplicationType.NONE)
                .run("--dossier.data-dir=" + dataDir, "--dossier.engine.embedding=none",
                        "--dossier.indexer.isolation=false")
                .close();

        // then
        assertThat(catalog.resolve("dossier.mv.db")).as("the catalog was opened in this data directory").isRegularFile();
        assertThat(modeOf(dataDir)).isEqualTo("rwx------");
        assertThat(modeOf(catalog)).isEqualTo("rwx------");
        assertThat(modeOf(cache)).isEqualTo("rwx------");
        assertThat(modeOf(library)).as("the owner's own bits are kept").isEqualTo("rwx------");
    }

    private static Path withMode(Path path, String mode) throws IOException {
        return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    private static String modeOf(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
