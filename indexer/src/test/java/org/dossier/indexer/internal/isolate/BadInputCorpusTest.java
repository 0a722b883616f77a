package org.dossier.indexer.internal.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Ocr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of broken and hostile files, generated here, indexed through the real pipeline with isolated workers:
 * every file ends in the state it deserves, with a one-line reason a journalist can read, and the run completes.
 */
class BadInputCorpusTest {

    private static final String TRUNCATED = " characters indexed — the rest is over the limits "
            + "(dossier.indexer.max-extracted-chars; in archives also the entry count): raise them to index more";

    @TempDir
    Path folder;
    @TempDir
    Path dataDir;

    @Test
    void everyBadFileEndsInItsStateWithAReadableReasonAndTheRunCompletes() throws Exception {
        BadInputs.truncatedPdf(folder.resolve("truncated.pdf"));
        BadInputs.passwordPdf(folder.resolve("password.pdf"));
        BadInputs.passwordDocx(folder.resolve("password.docx"));
        BadInputs.zipBomb(folder.resolve("bomb.zip"), 4, 50);
        BadInputs.nestedZips(folder.resolve("nested.zip"), 6);
        BadInputs.manyEntries(folder.resolve("many-entries.zip"), 60);
        Files.createFile(folder.resolve("empty.txt"));
        BadInputs.randomBytes(folder.resolve("random.pdf"), 64 * 1024);
        BadInputs.singleLine(folder.resolve("one-line.txt"), 50);
        BadInputs.sparse(folder.resolve("too-large.bin"), 70L << 20);
        Files.writeString(folder.resolve("Ölçüm — 報告 📄 \u202Efdp.txt"), "Notes under a Unicode name.");
        Files.writeString(folder.resolve("long-" + "n".repeat(235)), "Notes under a long name.");
        BadInputs.invalidUtf8Name(folder, "odd-");
        Files.createSymbolicLink(folder.resolve("loop-a"), folder.resolve("loop-b"));
        Files.createSymbolicLink(folder.resolve("loop-b"), folder.resolve("loop-a"));
        Path locked = Files.writeString(folder.resolve("unreadable.txt"), "Locked notes.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean rootReadsAnyway = Files.isReadable(locked);
        Path deletedWhileQueued = Files.writeString(folder.resolve("0-deleted-while-queued.txt"), "Soon gone.");
        Path deletedAfterListing = Files.writeString(folder.resolve("1-deleted-after-listing.txt"), "Soon gone.");
        BadInputs.mboxWithAMalformedMessage(folder.resolve("inbox.mbox"));

        IndexReport report;
        Map<String, DocumentRecord> files;
        Map<String, DocumentRecord> messages;
        try (IndexerStack stack = new IndexerStack(dataDir, isolatedExtractor(), 2)) {
            stack.indexing.onProgress(progress -> { // the first file is announced, then both vanish
                deleteQuietly(deletedWhileQueued);
                deleteQuietly(deletedAfterListing);
            });

            report = stack.indexing.index(folder);

            List<DocumentRecord> all = stack.catalog.findAll(
                    stack.catalog.fileIds(stack.catalog.sources().getFirst().id()).stream()
                            .flatMap(id -> stack.catalog.treeIds(id).stream()).toList());
            files = all.stream().filter(doc -> doc.entry().isEmpty())
                    .collect(Collectors.toMap(DocumentRecord::path, Function.identity()));
            messages = all.stream().filter(doc -> doc.path().equals("inbox.mbox") && doc.title() != null)
                    .collect(Collectors.toMap(DocumentRecord::title, Function.identity(), (a, b) -> a));
        }

        assertThat(report.files()).isEqualTo(files.size() + 1); // the file deleted after listing is not recorded
        assertThat(state(files, "password.pdf")).startsWith("SKIPPED: encrypted or password-protected — ");
        assertThat(state(files, "password.docx")).startsWith("SKIPPED: encrypted or password-protected — ");
        assertThat(state(files, "empty.txt")).isEqualTo("SKIPPED: empty file (0 bytes) — nothing to index");
        assertThat(state(files, "too-large.bin")).isEqualTo("SKIPPED: too large (70 MB, over the 60 MB limit) — raise "
                + "dossier.indexer.max-file-size to index it");
        assertThat(state(files, "random.pdf")).startsWith("FAILED: ").contains(" — ").endsWith(")");
        assertThat(state(files, "0-deleted-while-queued.txt"))
                .isEqualTo("FAILED: the file was deleted before it could be read — nothing to do");
        assertThat(state(files, "bomb.zip")).startsWith("INDEXED: first ").endsWith(TRUNCATED);
        assertThat(state(files, "many-entries.zip")).startsWith("INDEXED: first ").endsWith(TRUNCATED);
        assertThat(state(files, "one-line.txt")).as("cut at the 200,000-character limit, less the blanks trimmed")
                .matches("INDEXED: first (199,9\\d\\d|200,000)" + Pattern.quote(TRUNCATED));
        assertThat(state(files, "nested.zip")).isEqualTo("INDEXED: null");
        assertThat(state(files, "Ölçüm — 報告 📄 \u202Efdp.txt")).isEqualTo("INDEXED: null");
        assertThat(state(files, "long-" + "n".repeat(235))).isEqualTo("INDEXED: null");
        assertThat(files.keySet()).filteredOn(path -> path.startsWith("odd-")).singleElement()
                .satisfies(path -> assertThat(state(files, path)).isEqualTo("INDEXED: null"));
        assertThat(state(files, "unreadable.txt"))
                .isEqualTo(rootReadsAnyway ? "INDEXED: null" : "FAILED: cannot read the file: permission denied");
        assertThat(files).doesNotContainKeys("loop-a", "loop-b", "1-deleted-after-listing.txt");
        assertThat(state(files, "inbox.mbox")).startsWith("INDEXED");
        assertThat(messages.get("First good message").state()).isEqualTo(DocumentState.INDEXED);
        assertThat(messages.get("Second good message").state()).isEqualTo(DocumentState.INDEXED);
        assertThat(files.values()).extracting(DocumentRecord::reason).filteredOn(reason -> reason != null)
                .allSatisfy(reason -> assertThat(reason).doesNotContain("\n").hasSizeLessThan(320));
    }

    private static String state(Map<String, DocumentRecord> files, String path) {
        DocumentRecord doc = files.get(path);
        return doc == null ? "not recorded" : doc.state() + ": " + doc.reason();
    }

    private static SizeLimitedExtractor isolatedExtractor() {
        ExtractorSettings settings = new ExtractorSettings(200_000, new ArchiveLimits(3, 20), Ocr.off());
        return new SizeLimitedExtractor(60L << 20,
                new IsolatedExtractor(settings, 2, Duration.ofSeconds(60), 512L << 20));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
