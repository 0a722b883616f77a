package org.dossier.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.samples.MailboxSetWriter.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.isolate.ExtractorSettings;
import org.dossier.indexer.internal.isolate.IsolatedExtractor;
import org.dossier.samples.MailboxSetWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance test of mail: a mailbox set indexed as a user indexes a folder: Tika in worker processes, the H2 catalog and the Lucene index
 * on disk. The set ({@link MailboxSetWriter}) is an mbox of 53 messages, three .eml files and an Outlook .msg, with
 * the encodings, threads, attachments and the malformed message real mail has.
 */
class MailboxSetTest {

    @TempDir
    static Path folder;
    @TempDir
    static Path dataDir;

    private static IndexerStack stack;
    private static IndexReport report;
    private static List<DocumentRecord> documents;

    @BeforeAll
    static void indexTheMailboxSet() throws Exception {
        MailboxSetWriter.write(folder);
        ExtractorSettings tika = new ExtractorSettings(1_000_000, ArchiveLimits.DEFAULTS, Ocr.off());
        stack = new IndexerStack(dataDir, new IsolatedExtractor(tika, 2, Duration.ofMinutes(2), 512L << 20), 2);
        report = stack.indexing.index(folder);
        long source = stack.catalog.sources().getFirst().id();
        documents = stack.catalog.findAll(stack.catalog.fileIds(source).stream()
                .flatMap(file -> stack.catalog.treeIds(file).stream()).toList());
    }

    @AfterAll
    static void closeTheStack() throws Exception {
        stack.close();
    }

    @Test
    void everyMessageIsOneIndexedDocumentAndTheMalformedOneCostsNoneOfTheOthers() {
        Map<String, Long> messagesPerFile = documents.stream().filter(DocumentRecord::isMessage)
                .collect(Collectors.groupingBy(DocumentRecord::path, Collectors.counting()));
        List<String> goodIds = Stream.concat(IntStream.rangeClosed(1, ROUTINE_MESSAGES).mapToObj(MailboxSetWriter::routineId),
                Stream.of(THREAD_START_ID, THREAD_REPLY_ID, THREAD_LEDGER_ID, HTML_ID, LATIN5_ID, CP1254_ID, DOCX_ID,
                        QP_ID, FROM_LINE_ID, "crowded@gazete.example", REPLY_EML_ID, NOTICE_EML_ID, SCAN_EML_ID,
                        MSG_ID)).toList();

        assertThat(report.files()).isEqualTo(5);
        assertThat(report.failed()).isZero();
        assertThat(messagesPerFile).containsExactlyInAnyOrderEntriesOf(Map.of(MBOX, (long) MBOX_MESSAGES,
                REPLY_EML, 1L, NOTICE_EML, 1L, SCAN_EML, 1L, MSG, 1L));
        assertThat(goodIds).allSatisfy(id -> assertThat(documents)
                .filteredOn(d -> d.mail() != null && id.equals(d.mail().messageId())).singleElement()
                .extracting(DocumentRecord::state).isEqualTo(DocumentState.INDEXED));
        assertThat(message(MALFORMED_ID).state()).isEqualTo(DocumentState.INDEXED);
        assertThat(documents).filteredOn(DocumentRecord::isMessage).extracting(DocumentRecord::state)
                .containsOnly(DocumentState.INDEXED);
    }

    @Test
    void aReplyKeepsItsSenderRecipientsCopiesDateSubjectAndItsPlaceInTheThread() {
        DocumentRecord ledger = message(THREAD_LEDGER_ID);

        assertThat(ledger.title()).isEqualTo("Re: Re: " + THREAD_SUBJECT);
        assertThat(ledger.author()).isEqualTo(AYSE + " <" + AYSE_EMAIL + ">");
        assertThat(ledger.sentAt()).isEqualTo(THREAD_START_DATE.plusDays(1).toInstant());
        MailHeaders mail = ledger.mail();
        assertThat(mail.from()).isEqualTo(ledger.author());
        assertThat(mail.to()).containsExactly(MEHMET + " <" + MEHMET_EMAIL + ">");
        assertThat(mail.cc()).containsExactly(ZEYNEP + " <" + ZEYNEP_EMAIL + ">", DESK + " <" + DESK_EMAIL + ">");
        assertThat(mail.inReplyTo()).isEqualTo(THREAD_REPLY_ID);
        assertThat(mail.references()).containsExactly(THREAD_START_ID, THREAD_REPLY_ID);
        assertThat(message(THREAD_START_ID).mail().to()).containsExactly(MEHMET + " <" + MEHMET_EMAIL + ">");
        assertThat(message(THREAD_START_ID).mail().inReplyTo()).isNull();
        assertThat(message("crowded@gazete.example").mail().to())
                .containsExactly(TOMAS + " <" + TOMAS_EMAIL + ">", SUKRU + " <" + SUKRU_EMAIL + ">");
        DocumentRecord reply = message(REPLY_EML_ID);
        assertThat(reply.path()).isEqualTo(REPLY_EML);
        assertThat(reply.mail().references()).containsExactly(THREAD_START_ID, THREAD_REPLY_ID, THREAD_LEDGER_ID);
    }

    @Test
    void turkishLettersComeOutRightInEncodedWordHeadersAndInLegacyCharsetBodies() {
        DocumentRecord latin5 = message(LATIN5_ID);
        DocumentRecord cp1254 = message(CP1254_ID);
        DocumentRecord notice = message(NOTICE_EML_ID);

        assertThat(latin5.title()).isEqualTo(LATIN5_SUBJECT);
        assertThat(latin5.author()).isEqualTo(SUKRU + " <" + SUKRU_EMAIL + ">");
        assertThat(cp1254.title()).isEqualTo(CP1254_SUBJECT);
        assertThat(notice.title()).isEqualTo("Meclis gündemi: rıhtım ihalesi");
        assertThat(message(THREAD_START_ID).title()).isEqualTo(THREAD_SUBJECT);
        assertThat(text(LATIN5_ID)).contains(LATIN5_BODY);
        assertThat(text(CP1254_ID)).contains(CP1254_BODY);
        assertThat(text(NOTICE_EML_ID)).contains(NOTICE_BODY);
        assertThat(text(QP_ID)).contains(QP_BODY);
        assertThat(text(BASE64_ID)).contains(BASE64_BODY);
        assertThat(text(FROM_LINE_ID)).as("a body line the mbox escaped as >From").contains(FROM_LINE_BODY_LINE);
    }

    @Test
    void anHtmlOnlyMessageIsIndexedAsItsTextWithoutMarkup() {
        String text = text(HTML_ID);

        assertThat(text).contains("Tonnage report", "Total dredged in February", "rising", "Berth", "9120");
        assertThat(text).doesNotContain("<p>", "<b>", "&amp;", "color: red");
    }

    @Test
    void attachmentsAreDocumentsOfTheirOwnUnderTheirMessage() {
        assertThat(attachment(LEDGER_CSV).parentId()).isEqualTo(message(THREAD_LEDGER_ID).id());
        assertThat(attachment(SURVEY_PDF).parentId()).isEqualTo(message(CP1254_ID).id());
        assertThat(attachment(TENDER_DOCX).parentId()).isEqualTo(message(DOCX_ID).id());
        assertThat(attachment("survey-copy.pdf").parentId()).isEqualTo(message(SCAN_EML_ID).id());
        assertThat(List.of(LEDGER_CSV, SURVEY_PDF, TENDER_DOCX)).allSatisfy(name ->
                assertThat(attachment(name).state()).isEqualTo(DocumentState.INDEXED));
        assertThat(textOf(attachment(LEDGER_CSV), LEDGER_ROW)).contains(LEDGER_ROW);
        assertThat(textOf(attachment(SURVEY_PDF), SURVEY_PDF_TEXT)).contains(SURVEY_PDF_TEXT);
        assertThat(textOf(attachment(TENDER_DOCX), TENDER_DOCX_TEXT)).contains(TENDER_DOCX_TEXT);
        assertThat(attachment(LEDGER_CSV).mail()).isNull();
    }

    @Test
    void anOutlookMsgGivesItsMessageWithHeadersAndItsAttachmentUnderIt() {
        DocumentRecord msg = message(MSG_ID);

        assertThat(msg.path()).isEqualTo(MSG);
        assertThat(msg.mediaType()).isEqualTo("application/vnd.ms-outlook");
        assertThat(msg.title()).isEqualTo(MSG_SUBJECT);
        assertThat(msg.author()).isEqualTo(SUKRU + " <" + SUKRU_EMAIL + ">");
        assertThat(msg.sentAt()).isEqualTo(MSG_DATE.toInstant());
        assertThat(msg.mail().to()).containsExactly(AYSE + " <" + AYSE_EMAIL + ">");
        assertThat(msg.mail().cc()).containsExactly(ZEYNEP + " <" + ZEYNEP_EMAIL + ">");
        assertThat(msg.mail().inReplyTo()).isEqualTo(THREAD_START_ID);
        assertThat(msg.mail().references()).containsExactly(THREAD_START_ID);
        assertThat(text(MSG_ID)).contains(MSG_BODY);
        DocumentRecord votes = attachment(MSG_ATTACHMENT);
        assertThat(votes.parentId()).isEqualTo(msg.id());
        assertThat(textOf(votes, "Öztürk against")).contains("Öztürk,against");
    }

    @Test
    void aRecipientFilterFindsTheMessagesSentOrCopiedToSomeoneByNameOrAddress() {
        List<String> toMehmet = messageIds(stack.index.search("invoice 2231",
                SearchFilter.NONE.withRecipient("Mehmet Çelik"), 50));
        List<String> byAddress = messageIds(stack.index.search("invoice 2231",
                SearchFilter.NONE.withRecipient(MEHMET_EMAIL), 50));
        List<String> copiedToDesk = messageIds(stack.index.search("dredging invoice",
                SearchFilter.NONE.withRecipient("desk"), 50));

        assertThat(toMehmet).containsExactlyInAnyOrder(THREAD_START_ID, THREAD_LEDGER_ID, REPLY_EML_ID,
                "crowded@gazete.example");
        assertThat(byAddress).containsExactlyInAnyOrderElementsOf(toMehmet);
        assertThat(copiedToDesk).containsExactly(THREAD_LEDGER_ID);
        assertThat(messageIds(stack.index.search("invoice 2231", SearchFilter.NONE.withRecipient("celik"), 50)))
                .as("folded, as the sender filter is").containsExactlyInAnyOrderElementsOf(toMehmet);
    }

    @Test
    void inReplyToAndThreadFiltersFindTheRepliesAndTheWholeConversation() {
        List<String> replies = messageIds(stack.index.search("", SearchFilter.NONE.withInReplyTo(THREAD_START_ID), 50));
        List<String> thread = messageIds(stack.index.search("",
                SearchFilter.NONE.withThread("<" + THREAD_START_ID + ">"), 50));

        assertThat(replies).containsExactlyInAnyOrder(THREAD_REPLY_ID, MSG_ID);
        assertThat(thread).as("oldest first").containsExactly(THREAD_START_ID, THREAD_REPLY_ID, THREAD_LEDGER_ID,
                REPLY_EML_ID, MSG_ID);
        assertThat(messageIds(stack.index.search("ledger", SearchFilter.NONE.withMessageId(THREAD_LEDGER_ID), 50)))
                .containsExactly(THREAD_LEDGER_ID);
    }

    private static DocumentRecord message(String messageId) {
        return documents.stream().filter(d -> d.mail() != null && messageId.equals(d.mail().messageId()))
                .findFirst().orElseThrow(() -> new AssertionError("no message " + messageId));
    }

    private static DocumentRecord attachment(String name) {
        return documents.stream().filter(d -> d.entry().endsWith("/" + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no attachment " + name));
    }

    /** The indexed text of a message, from its passages. */
    private static String text(String messageId) {
        return stack.index.search("", SearchFilter.NONE.withMessageId(messageId), 100).stream()
                .map(PassageHit::text).collect(Collectors.joining("\n"));
    }

    /** The indexed text of a document that matches some words. */
    private static String textOf(DocumentRecord document, String words) {
        return stack.index.search(words, 500).stream()
                .filter(hit -> hit.documentId() == document.id())
                .map(PassageHit::text).collect(Collectors.joining("\n"));
    }

    /** The Message-IDs of the messages the hits are in, each once. */
    private static List<String> messageIds(List<PassageHit> hits) {
        Map<Long, DocumentRecord> byId = documents.stream()
                .collect(Collectors.toMap(DocumentRecord::id, Function.identity()));
        return hits.stream().map(hit -> byId.get(hit.documentId())).filter(Objects::nonNull)
                .map(d -> d.mail() == null ? "not a message: " + d.entry() : d.mail().messageId()).distinct().toList();
    }
}
