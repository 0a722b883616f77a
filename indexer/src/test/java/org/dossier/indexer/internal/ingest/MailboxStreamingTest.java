package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.DocumentState;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.extract.TikaExtractor;
import org.dossier.indexer.internal.index.PassageAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An mbox is read as a stream and indexed message by message (real Tika, real H2 catalog, real Lucene index on
 * disk): one document per message, each with its own character limit, committed in batches while the rest of the
 * mailbox is still being parsed.
 */
class MailboxStreamingTest {

    private static final int MESSAGES = 120;
    private static final int MAX_CHARS = 5_000;
    /** Commits every 100 messages (SourceScan.MESSAGES_PER_FILE). */
    private static final int COMMIT_EVERY = 1;

    @TempDir
    Path folder;
    @TempDir
    Path dataDir;

    @Test
    void everyMessageOfAnMboxIsADocumentOfItsOwnAndAMessageOverTheLimitSaysWhatWasCut() throws Exception {
        writeMbox(folder.resolve("inbox.mbox"), MESSAGES, 7);

        try (IndexerStack stack = new IndexerStack(dataDir, COMMIT_EVERY, tika())) {
            IndexReport first = stack.indexing.index(folder);
            IndexReport second = stack.indexing.index(folder);

            List<DocumentRecord> documents = documents(stack);
            DocumentRecord mailbox = documents.stream().filter(d -> d.entry().isEmpty()).findFirst().orElseThrow();
            List<DocumentRecord> messages = documents.stream().filter(DocumentRecord::isMessage).toList();
            assertThat(first.indexed()).isEqualTo(1);
            assertThat(mailbox.state()).isEqualTo(DocumentState.INDEXED);
            assertThat(mailbox.reason()).isNull();
            assertThat(messages).hasSize(MESSAGES)
                    .allSatisfy(message -> assertThat(message.parentId()).isEqualTo(mailbox.id()))
                    .extracting(DocumentRecord::state).containsOnly(DocumentState.INDEXED);
            assertThat(messages).extracting(m -> m.mail().messageId())
                    .contains("m1@mail.example", "m60@mail.example", "m120@mail.example").doesNotHaveDuplicates();
            DocumentRecord long_ = messages.stream().filter(m -> "m7@mail.example".equals(m.mail().messageId()))
                    .findFirst().orElseThrow();
            assertThat(long_.reason()).startsWith("first ").contains(" characters indexed — the rest is over the limits");
            int indexedChars = Integer.parseInt(long_.reason().substring(6, long_.reason().indexOf(' ', 6))
                    .replace(",", ""));
            assertThat(indexedChars).isBetween(MAX_CHARS - 200, MAX_CHARS + 200);
            assertThat(messages).filteredOn(m -> m.id() != long_.id()).extracting(DocumentRecord::reason)
                    .containsOnlyNulls();
            assertThat(stack.index.search("marker60", 10)).singleElement()
                    .satisfies(hit -> assertThat(hit.documentId()).isEqualTo(messages.stream()
                            .filter(m -> "m60@mail.example".equals(m.mail().messageId())).findFirst().orElseThrow().id()));
            assertThat(second.unchanged()).as("a mailbox indexed to its end is not indexed again").isEqualTo(1);
        }
    }

    @Test
    void theFirstMessagesAreCommittedAndSearchableBeforeTheLastAreParsed() throws Exception {
        writeMbox(folder.resolve("inbox.mbox"), MESSAGES, -1);
        Path index = dataDir.resolve("index");
        List<String> seenWhileParsing = new ArrayList<>();
        Extractor watching = new WatchedExtractor(tika(), parts -> {
            if (parts.getFirst().entry().equals("/message-" + (MESSAGES - 10))) {
                seenWhileParsing.add(committedHits(index, "marker1") + " hits for marker1, "
                        + committedHits(index, "marker" + MESSAGES) + " for marker" + MESSAGES);
            }
        });

        try (IndexerStack stack = new IndexerStack(dataDir, COMMIT_EVERY, watching)) {
            stack.indexing.index(folder);

            assertThat(seenWhileParsing).containsExactly("1 hits for marker1, 0 for marker" + MESSAGES);
            assertThat(committedHits(index, "marker" + MESSAGES)).isEqualTo(1);
        }
    }

    private static TikaExtractor tika() {
        return new TikaExtractor(MAX_CHARS, Ocr.off(), ArchiveLimits.DEFAULTS);
    }

    /** Passages holding a word in the index as last committed on disk: what a search after a crash would find. */
    private static int committedHits(Path index, String word) {
        try (FSDirectory directory = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return new IndexSearcher(reader).count(
                        new QueryBuilder(new PassageAnalyzer()).createBooleanQuery("text", word));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DocumentRecord> documents(IndexerStack stack) {
        long source = stack.catalog.sources().getFirst().id();
        return stack.catalog.findAll(stack.catalog.fileIds(source).stream()
                .flatMap(file -> stack.catalog.treeIds(file).stream()).toList());
    }

    /** Messages m1…m{count}, each with a word of its own (marker{n}); message {@code longOne} is far over the limit. */
    static void writeMbox(Path file, int count, int longOne) throws IOException {
        StringBuilder mbox = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            String body = n == longOne
                    ? ("marker" + n + " The ledger of the harbour fund repeats itself. ").repeat(400)
                    : "marker" + n + " A short note about shipment " + n + " at the harbour.";
            mbox.append(String.format(Locale.ROOT, """
                    From sender%d@mail.example Mon Mar  2 09:15:00 2026
                    From: Sender %d <sender%d@mail.example>
                    To: Desk <desk@mail.example>
                    Subject: Shipment %d
                    Date: Mon, 2 Mar 2026 09:15:00 +0100
                    Message-ID: <m%d@mail.example>
                    MIME-Version: 1.0
                    Content-Type: text/plain; charset=UTF-8

                    %s

                    """, n, n, n, n, n, body));
        }
        Files.writeString(file, mbox, StandardCharsets.UTF_8);
    }
}
