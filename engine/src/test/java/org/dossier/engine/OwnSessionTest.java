package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnSessionTest {

    private static final List<String> SERVER = List.of("/opt/llama/llama-server", "--port", "8081");

    @TempDir
    Path directory;

    @Test
    void withSetsidTheServerRunsBehindIt() throws Exception {
        Path setsid = executable("setsid");

        assertThat(OwnSession.of(SERVER, setsid, directory.resolve("no-perl")))
                .containsExactly(setsid.toString(), "/opt/llama/llama-server", "--port", "8081");
    }

    @Test
    void withoutSetsidPerlStartsTheSessionAndBecomesTheServer() throws Exception {
        Path perl = executable("perl");

        List<String> command = OwnSession.of(SERVER, directory.resolve("no-setsid"), perl);

        assertThat(command.subList(0, 3)).containsExactly(perl.toString(), "-MPOSIX", "-e");
        assertThat(command.get(3)).contains("POSIX::setsid()").contains("exec");
        assertThat(command.subList(4, command.size())).containsExactly("--", "/opt/llama/llama-server", "--port", "8081");
    }

    @Test
    void withNeitherTheServerStartsAsItIs() {
        assertThat(OwnSession.of(SERVER, directory.resolve("no-setsid"), directory.resolve("no-perl")))
                .isEqualTo(SERVER);
    }

    @Test
    void bothRealWrappersStartTheChildInASessionItLeadsUnderItsOwnPid() throws Exception {
        for (Path wrapper : List.of(Path.of("/usr/bin/setsid"), Path.of("/usr/bin/perl"))) {
            if (!Files.isExecutable(wrapper) || !Files.isReadable(Path.of("/proc/self/stat"))) {
                continue; // that system lacks it; the other branch or the listing tests above cover the command
            }
            Path setsid = wrapper.getFileName().toString().equals("setsid") ? wrapper : directory.resolve("none");
            Path perl = wrapper.getFileName().toString().equals("perl") ? wrapper : directory.resolve("none");
            // the child prints its pid and its session id (field 6 of /proc/<pid>/stat)
            Process child = new ProcessBuilder(OwnSession.of(List.of("/bin/sh", "-c",
                    "echo $$ $(cut -d' ' -f6 /proc/$$/stat)"), setsid, perl)).redirectErrorStream(true).start();
            String[] printed = new String(child.getInputStream().readAllBytes()).strip().split(" ");

            assertThat(child.waitFor()).as(wrapper.toString()).isZero();
            assertThat(printed).as(wrapper.toString()).hasSize(2);
            assertThat(Long.parseLong(printed[0])).as("%s: the child keeps the pid Dossier stops", wrapper)
                    .isEqualTo(child.pid());
            assertThat(printed[1]).as("%s: the child leads a session of its own", wrapper).isEqualTo(printed[0]);
        }
    }

    private Path executable(String name) throws Exception {
        Path file = Files.writeString(directory.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
