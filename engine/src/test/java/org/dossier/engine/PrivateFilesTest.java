package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The data directory on real files: loose modes are tightened once, links are left alone, new ones start tight. */
class PrivateFilesTest {

    @TempDir
    Path temp;

    private final Logger logger = (Logger) LoggerFactory.getLogger(PrivateFiles.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX file modes").contains("posix");
        logged.start();
        logger.addAppender(logged);
        logger.setAdditive(false); // the expected warnings are asserted, not printed
    }

    @AfterEach
    void releaseTheLog() {
        logger.detachAppender(logged);
        logger.setAdditive(true);
    }

    @Test
    void makesALooseDataDirectoryOwnerOnlyAndSaysSoOnce() throws IOException {
        // given: a data directory as an older Dossier left it, folders 0755 and files 0644, one executable
        Path dataDir = folder(temp.resolve("data"), "rwxr-xr-x");
        Path index = folder(dataDir.resolve("index"), "rwxr-xr-x");
        Path segment = file(index.resolve("_0.cfs"), "rw-r--r--");
        Path cache = folder(dataDir.resolve("cache"), "rwxr-xr-x");
        Path natives = folder(cache.resolve("llama-natives"), "rwxr-xr-x");
        Path library = file(natives.resolve("libllama.so"), "rwxr-xr-x");
        Path history = file(dataDir.resolve("shell-history"), "rw-r--r--");

        // when
        int changed = PrivateFiles.secureDataDirectory(dataDir);

        // then: folders 0700, files 0600, and the owner's own execute bit kept
        assertThat(List.of(dataDir, index, cache, natives)).allSatisfy(
                folder -> assertThat(modeOf(folder)).as("%s", folder).isEqualTo("rwx------"));
        assertThat(List.of(segment, history)).allSatisfy(
                file -> assertThat(modeOf(file)).as("%s", file).isEqualTo("rw-------"));
        assertThat(modeOf(library)).isEqualTo("rwx------");
        assertThat(changed).isEqualTo(7);
        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("Made 7 entries in " + dataDir.toRealPath() + " owner-only (were readable by other users)");
    }

    @Test
    void aSecondCallFindsNothingToChangeAndLogsNothing() throws IOException {
        // given
        Path dataDir = folder(temp.resolve("data"), "rwxr-xr-x");
        file(folder(dataDir.resolve("catalog"), "rwxr-x---").resolve("dossier.mv.db"), "rw-r-----");
        PrivateFiles.secureDataDirectory(dataDir);
        logged.list.clear();

        // when
        int changed = PrivateFiles.secureDataDirectory(dataDir);

        // then
        assertThat(changed).isZero();
        assertThat(logged.list).isEmpty();
    }

    @Test
    void aLinkInsideToSomethingOutsideIsNeitherFollowedNorChanged() throws IOException {
        // given: links from the data directory to a file and a folder elsewhere, both readable by others
        Path elsewhere = folder(temp.resolve("elsewhere"), "rwxr-xr-x");
        Path outsideFile = file(elsewhere.resolve("notes.txt"), "rw-r--r--");
        Path dataDir = folder(temp.resolve("data"), "rwx------");
        Files.createSymbolicLink(dataDir.resolve("linked-folder"), elsewhere);
        Files.createSymbolicLink(dataDir.resolve("linked-file"), outsideFile);

        // when
        int changed = PrivateFiles.secureDataDirectory(dataDir);

        // then
        assertThat(changed).isZero();
        assertThat(modeOf(elsewhere)).isEqualTo("rwxr-xr-x");
        assertThat(modeOf(outsideFile)).isEqualTo("rw-r--r--");
        assertThat(logged.list).isEmpty();
    }

    @Test
    void aDataDirectoryThatIsItselfALinkIsSecuredWhereItPoints() throws IOException {
        // given: the user keeps the data on another disk and links to it
        Path real = folder(temp.resolve("encrypted-disk/dossier"), "rwxr-xr-x");
        Path catalog = file(real.resolve("catalog.mv.db"), "rw-r--r--");
        Path dataDir = Files.createSymbolicLink(temp.resolve("data"), real);

        // when
        PrivateFiles.secureDataDirectory(dataDir);

        // then
        assertThat(modeOf(real)).isEqualTo("rwx------");
        assertThat(modeOf(catalog)).isEqualTo("rw-------");
    }

    @Test
    void aMissingDataDirectoryIsCreatedOwnerOnlyAndItsParentsAsUsual() throws IOException {
        // given
        Path dataDir = temp.resolve("home/user/.dossier");
        Path madeAsUsual = Files.createDirectory(temp.resolve("made-as-usual"));

        // when
        int changed = PrivateFiles.secureDataDirectory(dataDir);

        // then
        assertThat(changed).isZero();
        assertThat(modeOf(dataDir)).isEqualTo("rwx------");
        assertThat(modeOf(temp.resolve("home/user"))).as("a folder of the user's, not Dossier's")
                .isEqualTo(modeOf(madeAsUsual));
        assertThat(logged.list).isEmpty();
    }

    static String modeOf(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new AssertionError("cannot read the mode of " + path, e);
        }
    }

    private static Path folder(Path path, String mode) throws IOException {
        Files.createDirectories(path);
        return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    private static Path file(Path path, String mode) throws IOException {
        Files.writeString(path, "text of a leaked document");
        return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }
}
