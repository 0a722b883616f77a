package org.dossier.web.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.dossier.engine.gguf.TinyLlamaGguf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every ✗ that {@code doctor} can report, each beside the ✓ of the same check, so neither can pass by accident. */
class DoctorChecksTest {

    private static final long PLENTY = Long.MAX_VALUE / 4;

    @TempDir
    Path dir;

    @Test
    void aJdkOlderThan25FailsAndSaysWhatToInstall() {
        Check old = new JdkCheck(Runtime.Version.parse("21.0.4"), "Eclipse Adoptium").run();

        assertThat(old.failed()).isTrue();
        assertThat(old.line()).startsWith("✗ JDK: Java 21.0.4").contains("install a JDK 25");
        assertThat(JdkCheck.ofThisJvm().run().line()).startsWith("✓ JDK: Java 25");
    }

    @Test
    void aMissingDataDirectoryFails() {
        Check missing = new DataDirectoryCheck(dir.resolve("nowhere"), 0).run();

        assertThat(missing.failed()).isTrue();
        assertThat(missing.advice()).contains("DOSSIER_DATA_DIR");
    }

    @Test
    void aDataDirectoryOtherAccountsCanReadFails() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
        Check shared = new DataDirectoryCheck(dir, 0).run();

        assertThat(shared.failed()).isTrue();
        assertThat(shared.line()).contains("mode rwxr-x---").contains("chmod 700");

        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        assertThat(new DataDirectoryCheck(dir, 0).run().outcome()).isEqualTo(Check.Outcome.PASSED);
    }

    @Test
    void aDataDirectoryOnAFullDiskFails() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Check full = new DataDirectoryCheck(dir, PLENTY).run();

        assertThat(full.failed()).isTrue();
        assertThat(full.advice()).startsWith("less than").contains("make room");
    }

    @Test
    void anIndexThatHoldsOtherPassagesThanTheCatalogRecordsFails() {
        Check disagree = new IndexCatalogCheck(3, 40, 37).run();

        assertThat(disagree.failed()).isTrue();
        assertThat(disagree.line()).contains("40 passages in the catalog, 37 in the index").contains("index again");
        assertThat(new IndexCatalogCheck(3, 40, 40).run().failed()).isFalse();
    }

    @Test
    void aModelTheConfigurationNeedsButDoesNotNameFails() {
        Check unset = new ModelFileCheck("embedding model", "dossier.engine.embedding-model", null, false, PLENTY).run();

        assertThat(unset.failed()).isTrue();
        assertThat(unset.advice()).isEqualTo("set dossier.engine.embedding-model to a GGUF file");
    }

    @Test
    void aModelFileThatIsNotThereFails() {
        Check missing = chat(dir.resolve("gone.gguf"), false, PLENTY);

        assertThat(missing.failed()).isTrue();
        assertThat(missing.detail()).endsWith("gone.gguf not found");
    }

    @Test
    void aModelFileThatIsNotAGgufFails() throws IOException {
        Path notGguf = Files.writeString(dir.resolve("model.gguf"), "<html>a download error page</html>");

        Check broken = chat(notGguf, false, PLENTY);

        assertThat(broken.failed()).isTrue();
        assertThat(broken.advice()).contains("download it again");
    }

    @Test
    void aModelTooNewForTheInProcessRuntimeFailsThereButNotUnderLlamaServer() throws IOException {
        Path gemma4 = TinyLlamaGguf.write(dir.resolve("gemma4.gguf"), "gemma4");

        Check inProcess = chat(gemma4, true, PLENTY);

        assertThat(inProcess.failed()).isTrue();
        assertThat(inProcess.advice()).contains("'gemma4' is too new").contains("runtime: llama-server");
        assertThat(chat(gemma4, false, PLENTY).line()).startsWith("✓ chat model: gemma4.gguf (gemma4,");
    }

    @Test
    void aModelLargerThanTheFreeMemoryFails() throws IOException {
        Path model = TinyLlamaGguf.write(dir.resolve("tiny.gguf"));

        Check tooBig = chat(model, true, 1_000_000);

        assertThat(tooBig.failed()).isTrue();
        assertThat(tooBig.advice()).startsWith("needs about").contains("smaller quantisation");
        assertThat(chat(model, true, PLENTY).failed()).isFalse();
    }

    @Test
    void aNeededProgramThatIsNotFoundFailsAndAnOptionalOneIsOnlyReported() {
        Check needed = new ProgramCheck("llama-server", "llama-server", true, "install llama.cpp", dir.toString()).run();
        Check optional = new ProgramCheck("tesseract", "tesseract", false, "optional", dir.toString()).run();

        assertThat(needed.line()).isEqualTo("✗ llama-server: llama-server not found — install llama.cpp");
        assertThat(optional.outcome()).isEqualTo(Check.Outcome.SKIPPED);
        assertThat(optional.line()).startsWith("– tesseract");
    }

    @Test
    void aNeededProgramThatDoesNotRunFailsAndOneThatRunsShowsItsVersion() throws IOException {
        Path broken = Files.write(dir.resolve("llama-server"), new byte[] {0, 1, 2, 3});
        broken.toFile().setExecutable(true);
        Path working = Files.writeString(dir.resolve("tool"), "#!/bin/sh\necho 'version: 4916 (abc123)' >&2\n");
        working.toFile().setExecutable(true);

        assertThat(new ProgramCheck("llama-server", "llama-server", true, "install it", dir.toString()).run().line())
                .endsWith("does not run — reinstall it: install it");
        assertThat(new ProgramCheck("tool", working.toString(), true, "install it", null).run().line())
                .isEqualTo("✓ tool: " + working + " (version: 4916 (abc123))");
    }

    @Test
    void aWebServerOrModelServerOffLoopbackFails() {
        Check server = new LoopbackCheck("web server", "server.address", "0.0.0.0").run();
        Check model = LoopbackCheck.uri("model server", "dossier.engine.base-url",
                URI.create("http://192.168.1.20:11434/v1")).run();

        assertThat(server.failed()).isTrue();
        assertThat(server.advice()).startsWith("set server.address to 127.0.0.1");
        assertThat(model.failed()).isTrue();
        assertThat(LoopbackCheck.uri("model server", "dossier.engine.base-url",
                URI.create("http://127.0.0.1:11434/v1")).run().failed()).isFalse();
    }

    private static Check chat(Path model, boolean inProcess, long memory) {
        return new ModelFileCheck("chat model", "dossier.engine.chat-model", model, inProcess, memory).run();
    }
}
