package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.dossier.engine.PrivateFilesTest.modeOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The umask, in a child JVM on this test's class path: setting it here would change the modes of everything the
 * other tests in this JVM create.
 */
class RestrictNewFilesTest {

    @TempDir
    Path folder;

    private record Child(String restricted, String err) {
    }

    @BeforeEach
    void posixOnly() {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX file modes").contains("posix");
    }

    @Test
    void whatTheProcessAndItsChildrenCreateAfterwardsIsOwnerOnly() throws Exception {
        // when
        Child child = run("--enable-native-access=ALL-UNNAMED");

        // then
        assertThat(child.restricted()).isEqualTo("true");
        assertThat(modeOf(folder.resolve("export.md"))).isEqualTo("rw-------");
        assertThat(modeOf(folder.resolve("index"))).isEqualTo("rwx------");
        assertThat(modeOf(folder.resolve("written-by-a-child-process"))).isEqualTo("rw-------");
        assertThat(child.err()).doesNotContain("WARNING");
    }

    @Test
    void withoutNativeAccessEnabledItStillWorksAndTheJvmWarns() throws Exception {
        // when
        Child child = run();

        // then
        assertThat(child.restricted()).isEqualTo("true");
        assertThat(modeOf(folder.resolve("export.md"))).isEqualTo("rw-------");
        assertThat(child.err()).contains("WARNING: A restricted method in java.lang.foreign.Linker has been called");
    }

    @Test
    void whenNativeAccessIsDeniedItReportsFalseAndTheProcessGoesOn() throws Exception {
        // when
        Child child = run("--illegal-native-access=deny");

        // then
        assertThat(child.restricted()).isEqualTo("false");
        assertThat(folder.resolve("export.md")).isRegularFile();
    }

    private Child run(String... jvmFlags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmFlags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CreatingChild.class.getName(),
                folder.toString()));
        Path out = Files.createTempFile("restrict-new-files", ".out");
        Path err = Files.createTempFile("restrict-new-files", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
            String errText = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(errText).isZero();
            return new Child(Files.readString(out, StandardCharsets.UTF_8).strip(), errText);
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    /** The child JVM: restricts, then creates a file, a folder, and a file through a process of its own. */
    public static final class CreatingChild {
        public static void main(String[] args) throws Exception {
            boolean restricted = PrivateFiles.restrictNewFiles();
            Path folder = Path.of(args[0]);
            Files.writeString(folder.resolve("export.md"), "# A conversation");
            Files.createDirectory(folder.resolve("index"));
            Process touch = new ProcessBuilder("touch", folder.resolve("written-by-a-child-process").toString())
                    .inheritIO().start();
            if (touch.waitFor() != 0) {
                throw new IllegalStateException("touch failed");
            }
            System.out.println(restricted);
        }
    }
}
