package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.ReasonCount;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.extract.TikaExtractor;
import org.dossier.indexer.internal.isolate.ExtractorSettings;
import org.dossier.indexer.internal.isolate.IsolatedExtractor;
import org.dossier.samples.TikaTestPsts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Outlook .pst indexed as a user indexes it: parsed in a worker JVM that sends each message as it reads it, each
 * message recorded under its mailbox in the H2 catalog and searchable in the Lucene index on disk, the mailbox
 * marked incomplete until its last message. Tika's own test .pst files.
 */
class PstIndexingTest {

    private static final int MAX_CHARS = 1_000_000;

    @TempDir
    Path folder;
    @TempDir
    Path dataDir;

    @Test
    void everyMessageOfAPstIsADocumentOfItsOwnSearchableUnderItsCompleteMailbox() throws Exception {
        TikaTestPsts.copy(TikaTestPsts.MESSAGES, folder.resolve("outlook.pst"));

        try (IndexerStack stack = new IndexerStack(dataDir, isolated(), 1)) {
            IndexReport first = stack.indexing.index(folder);
            IndexReport second = stack.indexing.index(folder);

            List<DocumentRecord> documents = documents(stack);
            DocumentRecord mailbox = documents.stream().filter(d -> d.entry().isEmpty()).findFirst().orElseThrow();
            List<DocumentRecord> messages = documents.stream().filter(DocumentRecord::isMessage).toList();
            assertThat(first.indexed()).isEqualTo(1);
            assertThat(mailbox.state()).isEqualTo(DocumentState.INDEXED);
            assertThat(mailbox.reason()).isNull();
            assertThat(stack.catalog.partlyIndexed()).as("read to its end").isEmpty();
            assertThat(messages).as("seven messages and the one forwarded inside one of them").hasSize(8)
                    .allSatisfy(message -> {
                        assertThat(message.state()).isEqualTo(DocumentState.INDEXED);
                        assertThat(message.passages()).as("its own passages, not a copy of another's").isPositive();
                    });
            assertThat(messages).filteredOn(m -> m.entry().lastIndexOf('/') == 0)
                    .allSatisfy(message -> assertThat(message.parentId()).isEqualTo(mailbox.id()));
            assertThat(hit(stack, "couchbase webinar")).isEqualTo(titled(messages, "[WEBINAR]"));
            assertThat(hit(stack, "vcard detection")).isEqualTo(titled(messages, "[jira] [Resolved] (TIKA-1249)"));
            DocumentRecord docx = documents.stream().filter(d -> d.entry().endsWith("/attachment.docx")).findFirst()
                    .orElseThrow();
            assertThat(docx.parentId()).isEqualTo(titled(messages, "First email"));
            assertThat(second.unchanged()).as("a mailbox indexed to its end is not indexed again").isEqualTo(1);
        }
    }

    @Test
    void aPstDamagedHalfWayKeepsItsFirstMessagesAndSaysWhereReadingStopped() throws Exception {
        TikaTestPsts.damaged(folder.resolve("damaged.pst"));

        try (IndexerStack stack = new IndexerStack(dataDir, isolated(), 1)) {
            IndexReport report = stack.indexing.index(folder);

            List<DocumentRecord> documents = documents(stack);
            DocumentRecord mailbox = documents.stream().filter(d -> d.entry().isEmpty()).findFirst().orElseThrow();
            assertThat(report.failed()).isEqualTo(1);
            assertThat(mailbox.state()).isEqualTo(DocumentState.FAILED);
            assertThat(mailbox.reason()).startsWith("reading stopped after message "
                    + TikaTestPsts.READABLE_BEFORE_DAMAGE + ": ").contains("the file may be damaged");
            assertThat(documents).filteredOn(DocumentRecord::isMessage).hasSize(TikaTestPsts.READABLE_BEFORE_DAMAGE)
                    .extracting(DocumentRecord::state).containsOnly(DocumentState.INDEXED);
            assertThat(stack.index.search("vcard detection", 5)).as("the fourth message").isNotEmpty();
            assertThat(stack.index.search("couchbase", 5)).as("the sixth, after the damage").isEmpty();
        }
    }

    @Test
    void aPstCancelledBeforeItsLastMessageIsIncompleteUntilALaterRunReadsItToItsEnd() throws Exception {
        TikaTestPsts.copy(TikaTestPsts.MESSAGES, folder.resolve("outlook.pst"));
        IndexerStack[] cancelling = new IndexerStack[1];
        List<String> handedOver = new ArrayList<>();
        Extractor cancelsAtTheThirdMessage = new WatchedExtractor(
                new TikaExtractor(MAX_CHARS, Ocr.off(), ArchiveLimits.DEFAULTS), parts -> {
                    handedOver.add(parts.getFirst().entry());
                    if (cancelling[0] != null && handedOver.size() == 4) {
                        cancelling[0].indexing.cancel();
                    }
                });

        try (IndexerStack stack = new IndexerStack(dataDir, 1, cancelsAtTheThirdMessage)) {
            cancelling[0] = stack;
            IndexReport cancelled = stack.indexing.index(folder);

            assertThat(cancelled.stopped()).startsWith("cancelled");
            assertThat(stack.catalog.partlyIndexed()).singleElement().extracting(ReasonCount::headline)
                    .isEqualTo("not read to its end");
            assertThat(documents(stack)).filteredOn(DocumentRecord::isMessage).hasSizeBetween(1, 3);

            cancelling[0] = null;
            stack.indexing.index(folder);

            assertThat(stack.catalog.partlyIndexed()).isEmpty();
            assertThat(documents(stack)).filteredOn(DocumentRecord::isMessage).hasSize(8);
            assertThat(stack.index.search("couchbase webinar", 5)).isNotEmpty();
        }
    }

    /** Tika in a worker JVM, as Dossier runs it by default. */
    private static IsolatedExtractor isolated() {
        return new IsolatedExtractor(new ExtractorSettings(MAX_CHARS, ArchiveLimits.DEFAULTS, Ocr.off()), 1,
                Duration.ofMinutes(2), 512L << 20);
    }

    private static long hit(IndexerStack stack, String words) {
        return stack.index.search(words, 1).getFirst().documentId();
    }

    private static long titled(List<DocumentRecord> messages, String titleStart) {
        return messages.stream().filter(m -> m.title() != null && m.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no message titled " + titleStart)).id();
    }

    private static List<DocumentRecord> documents(IndexerStack stack) {
        long source = stack.catalog.sources().getFirst().id();
        return stack.catalog.findAll(stack.catalog.fileIds(source).stream()
                .flatMap(file -> stack.catalog.treeIds(file).stream()).toList());
    }
}
