package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.OfficeFiles;
import org.dossier.indexer.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What indexing may touch: the files inside a source, and those only by reading them. */
class SourceBoundaryTest {

    private static final String MARKER = "osprey";

    @TempDir
    Path dataDir;
    @TempDir
    Path source;
    @TempDir
    Path outside;

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
    void aLinkToAFileOutsideTheSourceIsNotFollowed() throws Exception {
        Path inside = Files.writeString(source.resolve("inside.txt"), "Notes about the harbour budget.");
        Path secret = Files.writeString(outside.resolve("secret.txt"), "Private notes naming the " + MARKER + ".");
        link(source.resolve("linked-secret.txt"), secret);

        IndexReport report = stack.indexing.index(source);

        assertThat(report.files()).isEqualTo(1);
        assertThat(report.bytes()).isEqualTo(Files.size(inside));
        assertThat(recordedPaths()).containsExactly("inside.txt");
        assertThat(stack.index.search(MARKER, 5)).isEmpty();
    }

    @Test
    void aLinkToAFolderOutsideTheSourceIsNotWalked() throws Exception {
        Path inside = Files.writeString(source.resolve("inside.txt"), "Notes about the harbour budget.");
        Path privateFolder = Files.createDirectories(outside.resolve("private"));
        Files.writeString(privateFolder.resolve("ledger.txt"), "Payments to the " + MARKER + ".");
        TestFiles.pdf(privateFolder.resolve("deep/statement.pdf"), List.of("Statement for the " + MARKER + "."));
        link(source.resolve("linked-folder"), privateFolder);

        IndexReport report = stack.indexing.index(source);

        assertThat(report.files()).isEqualTo(1);
        assertThat(report.bytes()).isEqualTo(Files.size(inside));
        assertThat(recordedPaths()).containsExactly("inside.txt");
        assertThat(stack.index.search(MARKER, 5)).isEmpty();
    }

    @Test
    void anIgnoreFileThatLinksOutsideTheSourceIsNotRead() throws Exception {
        Files.writeString(source.resolve("notes.txt"), "Notes about the harbour budget.");
        Path rules = Files.writeString(outside.resolve("rules"), "*.txt\n");
        link(source.resolve(".dossierignore"), rules);

        IndexReport report = stack.indexing.index(source);

        assertThat(recordedPaths()).as(report.toString()).containsExactly("notes.txt");
    }

    @Test
    void indexingLeavesEveryFileOfTheSourceByteIdenticalWithItsModificationTime() throws Exception {
        Files.writeString(source.resolve("notes.txt"), "Meeting notes about the harbour budget.");
        TestFiles.pdf(source.resolve("contracts/dredging.pdf"), List.of("Scope of works.", "Signed by Tomas Brenner."));
        TestFiles.mbox(source.resolve("mail/inbox.mbox"));
        TestFiles.zip(source.resolve("archive.zip"), Map.of("minutes/2024.txt", "Minutes of the port board."));
        OfficeFiles.pptx(source.resolve("slides.pptx"), List.of("Dredging plan", "Budget"));
        OfficeFiles.xlsx(source.resolve("budget.xlsx"), Map.of("2024", List.of("item\tcost", "dredging\t480000")));
        Instant past = Instant.parse("2021-03-04T05:06:07.089Z");
        try (Stream<Path> all = Files.walk(source)) {
            for (Path path : all.sorted((a, b) -> b.compareTo(a)).toList()) { // contents before their folder
                Files.setLastModifiedTime(path, FileTime.from(past));
            }
        }
        List<String> before = snapshot(source);

        IndexReport first = stack.indexing.index(source);
        IndexReport again = stack.indexing.indexAllSources();

        assertThat(snapshot(source)).containsExactlyElementsOf(before);
        assertThat(first.indexed()).isEqualTo(6);
        assertThat(again.unchanged()).isEqualTo(6);
    }

    private List<String> recordedPaths() {
        long sourceId = stack.catalog.sources().getFirst().id();
        return stack.catalog.findAll(stack.catalog.fileIds(sourceId)).stream().map(DocumentRecord::path).toList();
    }

    /**
     * Every file and folder under a folder with its modification time, and a file's SHA-256: a file written, added
     * or removed (even a temporary one, which changes its folder's time) changes a line.
     */
    private static List<String> snapshot(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.sorted().map(path -> "./" + folder.relativize(path) + " " + modified(path)
                    + (Files.isRegularFile(path) ? " " + sha256(path) : "")).toList();
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Assumptions.abort("this file system cannot make symbolic links: " + e.getMessage());
        }
    }
}
