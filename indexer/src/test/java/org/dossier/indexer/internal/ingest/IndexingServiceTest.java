package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.IndexProgress;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.Location;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.TestFiles;
import org.dossier.indexer.internal.chunk.Chunker;
import org.dossier.indexer.internal.extract.TikaExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexingServiceTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

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
    void indexesAFolderAndFindsThePassageOnItsPage() throws Exception {
        TestFiles.pdf(folder.resolve("contracts/dredging.pdf"),
                List.of("Scope of works.", "Schedule of payments.", "The contract was signed by Tomas Brenner."));
        Files.writeString(folder.resolve("notes.txt"), "Meeting notes about the harbour budget.");

        IndexReport report = stack.indexing.index(folder);

        assertThat(report.files()).isEqualTo(2);
        assertThat(report.indexed()).isEqualTo(2);
        List<PassageHit> hits = stack.index.search("who signed the contract", 5);
        assertThat(hits).isNotEmpty();
        PassageHit best = hits.getFirst();
        assertThat(best.location()).isEqualTo(Location.page(3));
        DocumentRecord doc = stack.catalog.find(best.documentId()).orElseThrow();
        assertThat(doc.path()).isEqualTo("contracts/dredging.pdf");
        assertThat(doc.state()).isEqualTo(DocumentState.INDEXED);
        assertThat(doc.sha256()).hasSize(64);
    }

    @Test
    void eachStageOfIndexingIsTimedAndAnUnchangedRescanAddsNoParsing() throws Exception {
        TestFiles.pdf(folder.resolve("contract.pdf"), List.of("Scope of works.", "Signed by Tomas Brenner."));
        Files.writeString(folder.resolve("notes.txt"), "Meeting notes about the harbour budget.");

        stack.indexing.index(folder);
        var afterFirstRun = stack.indexing.stageTimes().totals();
        stack.indexing.index(folder);
        var afterRescan = stack.indexing.stageTimes().totals();

        assertThat(afterFirstRun).containsOnlyKeys(StageTimes.Stage.values());
        for (StageTimes.Stage stage : List.of(StageTimes.Stage.HASH, StageTimes.Stage.EXTRACT,
                StageTimes.Stage.CHUNK, StageTimes.Stage.CATALOG, StageTimes.Stage.INDEX)) {
            assertThat(afterFirstRun.get(stage)).as(stage.name()).isPositive();
        }
        assertThat(afterRescan.get(StageTimes.Stage.EXTRACT)).isEqualTo(afterFirstRun.get(StageTimes.Stage.EXTRACT));
        assertThat(afterRescan.get(StageTimes.Stage.HASH)).isEqualTo(afterFirstRun.get(StageTimes.Stage.HASH));
    }

    @Test
    void aSecondRunOverUnchangedFilesDoesNoWork() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Alpha text.");
        Files.writeString(folder.resolve("b.txt"), "Beta text.");
        stack.indexing.index(folder);

        IndexReport again = stack.indexing.index(folder);

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.indexed() + again.skipped() + again.failed() + again.removed()).isZero();
        assertThat(again.bytes()).isZero();
        assertThat(stack.catalog.counts().indexed()).isEqualTo(2);
    }

    @Test
    void aChangeOfExtractionOrChunkingSettingsReindexesFilesThatDidNotChange() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Alpha text.");
        Files.writeString(folder.resolve("b.txt"), "Beta text.");
        stack.indexing.index(folder);

        SourceIndexing otherChunking = new SourceIndexing(stack.catalog, stack.writer, stack.index.passages(),
                new TikaExtractor(1_000_000), new Chunker(800, 200), 50, 1);
        IndexReport report = otherChunking.index(folder);

        assertThat(report.indexed()).isEqualTo(2);
        assertThat(report.unchanged()).isZero();
        assertThat(otherChunking.index(folder).unchanged()).isEqualTo(2);
        assertThat(stack.index.passageCount()).isEqualTo(2);
    }

    @Test
    void aChangedFileIsReindexedAndItsOldTextForgotten() throws Exception {
        Path file = Files.writeString(folder.resolve("memo.txt"), "The budget is ten million.");
        stack.indexing.index(folder);

        Files.writeString(file, "The budget is twelve million.");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        IndexReport report = stack.indexing.index(folder);

        assertThat(report.indexed()).isEqualTo(1);
        assertThat(stack.index.search("ten", 5)).isEmpty();
        assertThat(stack.index.search("twelve", 5)).hasSize(1);
        assertThat(stack.catalog.counts().files()).isEqualTo(1);
    }

    @Test
    void aMovedOrRenamedFileIsRecognisedByItsBytesAndNotParsedAgain() throws Exception {
        Path memo = Files.writeString(folder.resolve("memo.txt"), "The harbour budget memo.");
        stack.indexing.index(folder);
        long id = stack.index.search("budget", 5).getFirst().documentId();

        Files.createDirectories(folder.resolve("archive"));
        Files.move(memo, folder.resolve("archive/memo-2024.txt"));
        IndexReport report = stack.indexing.index(folder);

        assertThat(report.moved()).isEqualTo(1);
        assertThat(report.indexed() + report.removed()).isZero();
        assertThat(stack.index.search("budget", 5)).singleElement().extracting(PassageHit::documentId).isEqualTo(id);
        assertThat(stack.catalog.find(id).orElseThrow().path()).isEqualTo("archive/memo-2024.txt");
        assertThat(stack.recovery.check().agrees()).isTrue();
    }

    @Test
    void aDeletedFileLeavesCatalogAndIndex() throws Exception {
        Path file = Files.writeString(folder.resolve("gone.txt"), "Soon deleted words.");
        stack.indexing.index(folder);

        Files.delete(file);
        IndexReport report = stack.indexing.index(folder);

        assertThat(report.removed()).isEqualTo(1);
        assertThat(stack.index.search("deleted", 5)).isEmpty();
        assertThat(stack.catalog.counts().documents()).isZero();
    }

    @Test
    void eachMessageOfAMailboxIsADocumentAndAnAttachmentHangsUnderItsMessage() throws Exception {
        TestFiles.mbox(folder.resolve("mail/inbox.mbox"));

        stack.indexing.index(folder);

        PassageHit hit = stack.index.search("agreed rate", 5).getFirst();
        DocumentRecord message = stack.catalog.find(hit.documentId()).orElseThrow();
        assertThat(message.isMessage()).isTrue();
        assertThat(message.title()).isEqualTo("Invoice 2231 looks inflated");
        assertThat(message.author()).contains("Ayşe Yılmaz");
        assertThat(message.path()).isEqualTo("mail/inbox.mbox");
        DocumentRecord container = stack.catalog.find(message.parentId()).orElseThrow();
        assertThat(container.entry()).isEmpty();

        DocumentRecord ledger = stack.catalog.find(stack.index.search("amount", 5).getFirst().documentId()).orElseThrow();
        DocumentRecord reply = stack.catalog.find(ledger.parentId()).orElseThrow();
        assertThat(reply.title()).isEqualTo("Re: Invoice 2231 looks inflated");
    }

    @Test
    void filesThatCannotBeIndexedEndRecordedWithAReason() throws Exception {
        Files.createFile(folder.resolve("empty.txt"));
        Files.write(folder.resolve("noise.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 7, 0});

        IndexReport report = stack.indexing.index(folder);

        assertThat(report.skipped() + report.failed()).isEqualTo(2);
        assertThat(stack.catalog.notIndexed(10)).extracting(DocumentRecord::reason)
                .allSatisfy(reason -> assertThat(reason).isNotBlank())
                .contains("empty file (0 bytes) — nothing to index");
    }

    @Test
    void hiddenFilesAreLeftOut() throws Exception {
        Files.writeString(folder.resolve(".secret-config"), "not a document");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: main");
        Files.writeString(folder.resolve("visible.txt"), "A document.");

        assertThat(stack.indexing.index(folder).files()).isEqualTo(1);
    }

    @Test
    void progressIsPublishedWhileIndexingAndEndsDone() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"), "Note number " + i);
        }
        List<IndexProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        stack.indexing.onProgress(seen::add);

        stack.indexing.index(folder);

        assertThat(seen).isNotEmpty();
        assertThat(seen.getFirst().currentFile()).startsWith("note-");
        IndexProgress last = seen.getLast();
        assertThat(last.done()).isTrue();
        assertThat(last.files()).isEqualTo(5);
        assertThat(last.checked()).isEqualTo(5);
        assertThat(last.indexed()).isEqualTo(5);
        assertThat(last.eta()).isEqualTo(java.time.Duration.ZERO);
        assertThat(stack.indexing.lastProgress()).isEqualTo(last);
    }

    @Test
    void aSourceCanBeLimitedByIncludeAndExcludePatterns() throws Exception {
        Files.createDirectories(folder.resolve("mail"));
        Files.writeString(folder.resolve("mail/a.eml.txt"), "Mail text alpha.");
        Files.writeString(folder.resolve("mail/draft.tmp.txt"), "Draft text beta.");
        Files.writeString(folder.resolve("notes.txt"), "Notes text gamma.");

        IndexReport report = stack.indexing.addSource(folder, List.of("mail/**"), List.of("**/*.tmp.txt"));

        assertThat(report.files()).isEqualTo(1);
        assertThat(stack.index.search("alpha", 5)).hasSize(1);
        assertThat(stack.index.search("beta gamma", 5)).isEmpty();
        assertThat(stack.catalog.sources().getFirst().includes()).containsExactly("mail/**");
    }

    @Test
    void removingASourceRemovesItsDocumentsFromIndexAndCatalogButNotFromDisk() throws Exception {
        Path kept = Files.writeString(folder.resolve("kept-on-disk.txt"), "Words that stay on disk.");
        TestFiles.mbox(folder.resolve("inbox.mbox"));
        stack.indexing.index(folder);

        int removed = stack.indexing.removeSource(folder);

        assertThat(removed).isEqualTo(2);
        assertThat(stack.index.passageCount()).isZero();
        assertThat(stack.catalog.counts().documents()).isZero();
        assertThat(stack.catalog.sources()).isEmpty();
        assertThat(kept).exists();
        assertThat(stack.recovery.check().agrees()).isTrue();
    }

    @Test
    void systemAndOfficeLockFilesAreLeftOut() throws Exception {
        Files.writeString(folder.resolve("Thumbs.db"), "x");
        Files.writeString(folder.resolve("desktop.ini"), "x");
        Files.writeString(folder.resolve("~$report.docx"), "x");
        Files.writeString(folder.resolve("report.txt"), "The report.");

        assertThat(stack.indexing.index(folder).files()).isEqualTo(1);
    }

    @Test
    void aMissingFolderIsRefusedWithItsName() {
        assertThatThrownBy(() -> stack.indexing.index(folder.resolve("nope")))
                .hasMessageContaining("folder not found").hasMessageContaining("nope");
    }
}
