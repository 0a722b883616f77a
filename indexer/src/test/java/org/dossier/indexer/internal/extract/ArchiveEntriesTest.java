package org.dossier.indexer.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.dossier.indexer.ArchiveFiles.gzip;
import static org.dossier.indexer.ArchiveFiles.tar;
import static org.dossier.indexer.ArchiveFiles.text;
import static org.dossier.indexer.ArchiveFiles.zip;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.indexer.ArchiveFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entry of an archive is a part of its own, however the archive is packed and however deep it sits, and is
 * addressed by its path inside each archive on the way down.
 */
class ArchiveEntriesTest {

    private final TikaExtractor extractor = new TikaExtractor(1_000_000, Ocr.off());

    @TempDir
    Path dir;

    private static Map<String, byte[]> memos() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("memos/q3.txt", text("Quarterly memo about the dredging budget."));
        entries.put("call.txt", text("Call notes with the source."));
        return entries;
    }

    @Test
    void zipTarAnd7zEntriesAreAddressedByTheirFoldersInside() throws Exception {
        List<Path> archives = List.of(
                ArchiveFiles.write(dir.resolve("leak.zip"), zip(memos())),
                ArchiveFiles.write(dir.resolve("leak.tar"), tar(memos())),
                ArchiveFiles.sevenZ(dir.resolve("leak.7z"), memos()));

        for (Path archive : archives) {
            assertThat(textsByEntry(archive)).as(archive.getFileName().toString()).containsOnlyKeys("",
                            "/memos/q3.txt", "/call.txt")
                    .containsEntry("/memos/q3.txt", "Quarterly memo about the dredging budget.");
        }
    }

    /** gzip compresses one file: a .tar.gz is a tar inside it, a .txt.gz the text itself. */
    @Test
    void aGzipHoldsOneFileNamedAsGzipRecordedIt() throws Exception {
        Path tarGz = ArchiveFiles.write(dir.resolve("leak.tar.gz"), gzip("leak.tar", tar(memos())));
        Path memoGz = ArchiveFiles.write(dir.resolve("memo.txt.gz"), gzip("memo.txt", text("A gzipped memo.")));

        assertThat(textsByEntry(tarGz)).containsOnlyKeys("", "/leak.tar", "/leak.tar/memos/q3.txt",
                "/leak.tar/call.txt");
        assertThat(textsByEntry(memoGz)).containsEntry("/memo.txt", "A gzipped memo.");
    }

    @Test
    void archivesInsideArchivesKeepTheFoldersOfEveryLevel() throws Exception {
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("inner.tar", tar(Map.of("a.txt", text("Nested in a tar."))));
        outer.put("deep/inner.zip", zip(Map.of("docs/b.txt", text("Nested in a zip in a folder."))));
        outer.put("c.txt.gz", gzip("c.txt", text("Nested in a gzip.")));
        Path archive = ArchiveFiles.write(dir.resolve("outer.zip"), zip(outer));

        assertThat(textsByEntry(archive))
                .containsEntry("/inner.tar/a.txt", "Nested in a tar.")
                .containsEntry("/deep/inner.zip/docs/b.txt", "Nested in a zip in a folder.")
                .containsEntry("/c.txt.gz/c.txt", "Nested in a gzip.");
    }

    /** Tika names nested levels by file name alone, which would make these two entries one. */
    @Test
    void twoArchivesOfTheSameNameInDifferentFoldersStayApart() throws Exception {
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("2023/x.zip", zip(Map.of("one.txt", text("From 2023."))));
        outer.put("2024/x.zip", zip(Map.of("one.txt", text("From 2024."))));
        Path archive = ArchiveFiles.write(dir.resolve("years.zip"), zip(outer));

        assertThat(textsByEntry(archive))
                .containsEntry("/2023/x.zip/one.txt", "From 2023.")
                .containsEntry("/2024/x.zip/one.txt", "From 2024.");
    }

    @Test
    void aTarHoldingOnePathTwiceGivesTwoParts() throws Exception {
        byte[] twice = ArchiveFiles.tarOf(List.of(Map.entry("memo.txt", text("First version.")),
                Map.entry("memo.txt", text("Second version."))));
        Path archive = ArchiveFiles.write(dir.resolve("twice.tar"), twice);

        assertThat(textsByEntry(archive))
                .containsEntry("/memo.txt", "First version.")
                .containsEntry("/memo.txt (2)", "Second version.");
    }

    /**
     * Tika 3.3.1 asks every 7z entry for its modification time, which commons-compress refuses for an entry stored
     * without one (7-Zip's {@code -mtm-}, Torrent7z): the whole archive fails. Until Tika guards that call, the
     * file at least ends FAILED with a one-line reason. When this test fails, Tika has fixed it: expect the entries.
     */
    @Test
    void a7zWithoutModificationTimesFailsWithAReadableReason() throws Exception {
        Path archive = ArchiveFiles.sevenZ(dir.resolve("bare.7z"), memos(), false);

        assertThat(extractor.extract(archive)).asInstanceOf(type(Extraction.Failed.class))
                .extracting(Extraction.Failed::reason).asString()
                .startsWith("the file's internal structure is damaged or unusual")
                .endsWith(": The entry doesn't have this timestamp)");
    }

    private Map<String, String> textsByEntry(Path archive) {
        Extraction extraction = extractor.extract(archive);
        assertThat(extraction).as(archive.getFileName().toString()).isInstanceOf(Extraction.Extracted.class);
        Map<String, String> texts = new LinkedHashMap<>();
        for (ExtractedPart part : ((Extraction.Extracted) extraction).parts()) {
            assertThat(texts).as("entries are unique").doesNotContainKey(part.entry());
            texts.put(part.entry(), part.text().strip());
        }
        return texts;
    }
}
