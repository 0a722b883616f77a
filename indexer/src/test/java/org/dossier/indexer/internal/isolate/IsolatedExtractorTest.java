package org.dossier.indexer.internal.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.OfficeFiles;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.extract.TikaExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsolatedExtractorTest {

    private static final ExtractorSettings SETTINGS = new ExtractorSettings(1_000_000, ArchiveLimits.DEFAULTS, Ocr.off());
    private static final long HEAP = 128L << 20;

    @TempDir
    Path folder;
    @TempDir
    Path dataDir;

    @Test
    void aParserThatHangsRunsOutOfMemoryOrCrashesFailsThatFileAndTheImportGoesOn() throws Exception {
        for (String name : List.of("a-before.txt", "hang.txt", "m-middle.txt", "oom.txt", "crash.txt", "z-after.txt")) {
            Files.writeString(folder.resolve(name), "Harbour dredging note " + name);
        }
        IsolatedExtractor extractor = hostile(2, Duration.ofSeconds(5));
        List<Long> workers;
        IndexReport report;
        Map<String, DocumentRecord> files;
        try (IndexerStack stack = new IndexerStack(dataDir, extractor, 2)) {

            report = stack.indexing.index(folder);

            files = stack.catalog.findAll(stack.catalog.fileIds(stack.catalog.sources().getFirst().id())).stream()
                    .collect(Collectors.toMap(DocumentRecord::path, Function.identity()));
            workers = extractor.workerPids();
        }

        assertThat(report.indexed()).isEqualTo(3);
        assertThat(report.failed()).isEqualTo(3);
        assertThat(files.get("hang.txt").reason()).startsWith("the parser took longer than 5 s and was stopped — ")
                .endsWith("raise dossier.indexer.parse-timeout to give it longer");
        assertThat(files.get("oom.txt").reason()).isEqualTo("the parser ran out of memory (over its 128 MB limit) and "
                + "was stopped — raise dossier.indexer.parse-memory to give it more");
        assertThat(files.get("crash.txt").reason()).startsWith("the parser crashed on this file and was restarted — ")
                .contains("(exit code 134");
        assertThat(List.of("a-before.txt", "m-middle.txt", "z-after.txt"))
                .allSatisfy(name -> assertThat(files.get(name).state()).isEqualTo(DocumentState.INDEXED));
        assertThat(workers).isNotEmpty().allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
    }

    @Test
    void aWorkerIsStartedOnceAndReusedForTheNextFiles() throws Exception {
        try (IsolatedExtractor extractor = hostile(1, Duration.ofSeconds(30))) {
            assertThat(extractor.workerPids()).isEmpty();

            extractor.extract(Files.writeString(folder.resolve("one.txt"), "First note."));
            List<Long> first = extractor.workerPids();
            Extraction second = extractor.extract(Files.writeString(folder.resolve("two.txt"), "Second note."));

            assertThat(second).isInstanceOf(Extraction.Extracted.class);
            assertThat(first).hasSize(1);
            assertThat(extractor.workerPids()).isEqualTo(first);
        }
    }

    @Test
    void whatAParserPrintsOnStdoutDoesNotGarbleTheReply() throws Exception {
        try (IsolatedExtractor extractor = hostile(1, Duration.ofSeconds(30))) {

            Extraction noisy = extractor.extract(Files.writeString(folder.resolve("noisy.txt"), "Quiet words."));

            assertThat(noisy).isInstanceOfSatisfying(Extraction.Extracted.class,
                    extracted -> assertThat(extracted.container().text()).contains("Quiet words."));
        }
    }

    @Test
    void aWorkerGivesTheSameSlidesAndSheetsAsParsingInThisProcess() throws Exception {
        Path deck = OfficeFiles.pptx(folder.resolve("plan.pptx"), List.of("Dredging plan", "", "Costs doubled"));
        Path workbook = OfficeFiles.xlsx(folder.resolve("port.xlsx"), Map.of("Vendors", List.of("Bluewater Ltd")));
        TikaExtractor inProcess = new TikaExtractor(1_000_000, Ocr.off());
        try (IsolatedExtractor extractor = hostile(1, Duration.ofSeconds(30))) {
            for (Path file : List.of(deck, workbook)) {

                Extraction isolated = extractor.extract(file);

                assertThat(isolated).isEqualTo(inProcess.extract(file));
                assertThat(((Extraction.Extracted) isolated).container().sections()).isNotEmpty();
            }
        }
    }

    @Test
    void noWorkerIsLeftRunningAfterClose() throws Exception {
        IsolatedExtractor extractor = hostile(2, Duration.ofSeconds(30));
        Path note = Files.writeString(folder.resolve("note.txt"), "A note.");
        Thread.ofPlatform().start(() -> extractor.extract(note)).join();
        Thread.ofPlatform().start(() -> extractor.extract(note)).join();
        List<Long> workers = extractor.workerPids();
        assertThat(workers).isNotEmpty();

        extractor.close();

        assertThat(workers).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
    }

    private static IsolatedExtractor hostile(int workers, Duration timeout) {
        return new IsolatedExtractor(WorkerCommand.of(HostileWorker.class.getName(), HEAP, SETTINGS.toArguments()),
                workers, timeout, HEAP);
    }
}
