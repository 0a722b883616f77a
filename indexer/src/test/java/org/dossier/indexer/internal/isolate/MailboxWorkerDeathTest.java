package org.dossier.indexer.internal.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.samples.TikaTestPsts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker JVM that dies in the middle of a mailbox it streams (a .pst, Tika's own test file): the messages it sent
 * before are indexed and searchable, and the mailbox ends failed with the reason, through the real indexing path.
 */
class MailboxWorkerDeathTest {

    private static final ExtractorSettings SETTINGS = new ExtractorSettings(1_000_000, ArchiveLimits.DEFAULTS, Ocr.off());
    private static final long HEAP = 256L << 20;

    @TempDir
    Path folder;
    @TempDir
    Path dataDir;

    @Test
    void thePstMessagesSentBeforeTheWorkerDiedStayIndexedAndTheMailboxSaysWhy() throws Exception {
        TikaTestPsts.copy(TikaTestPsts.MESSAGES, folder.resolve("dies-after-2-outlook.pst"));
        IsolatedExtractor dying = new IsolatedExtractor(
                WorkerCommand.of(HostileWorker.class.getName(), HEAP, SETTINGS.toArguments()), 1,
                Duration.ofMinutes(2), HEAP);

        try (IndexerStack stack = new IndexerStack(dataDir, dying, 1)) {
            IndexReport report = stack.indexing.index(folder);

            long source = stack.catalog.sources().getFirst().id();
            List<DocumentRecord> documents = stack.catalog.findAll(stack.catalog.fileIds(source).stream()
                    .flatMap(file -> stack.catalog.treeIds(file).stream()).toList());
            DocumentRecord mailbox = documents.stream().filter(d -> d.entry().isEmpty()).findFirst().orElseThrow();
            assertThat(report.failed()).isEqualTo(1);
            assertThat(mailbox.state()).isEqualTo(DocumentState.FAILED);
            assertThat(mailbox.reason()).startsWith("the parser crashed on this file and was restarted")
                    .contains("exit code 134");
            assertThat(documents).filteredOn(DocumentRecord::isMessage).hasSize(2)
                    .allSatisfy(message -> assertThat(message.state()).isEqualTo(DocumentState.INDEXED))
                    .extracting(DocumentRecord::title).containsExactly("Re: Feature Generators",
                            "Re: init tokenizer fails: \"Bad type in putfield/putstatic\"");
            assertThat(stack.index.search("putfield putstatic", 5)).isNotEmpty();
            assertThat(stack.catalog.partlyIndexed()).as("ended, with its reason: not left incomplete").isEmpty();
        }
    }
}
