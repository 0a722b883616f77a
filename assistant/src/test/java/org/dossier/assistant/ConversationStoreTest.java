package org.dossier.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.dossier.assistant.retrieve.MessageRef;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Conversations in a real H2 file database, migrated by Flyway with the indexer's V1 and this module's V2. */
class ConversationStoreTest {

    static final Citation PDF_PAGE = new Citation(1, 10, "contracts/contract.pdf", "/docs/contracts/contract.pdf",
            null, null, null, Location.page(3), new Snippet("signed by Tomas Brenner", List.of(new Snippet.Highlight(0, 6)), true, false),
            "The contract was signed by Tomas Brenner.", 120, 161, 2.5f, "a".repeat(64));
    static final Citation MAIL = new Citation(2, 11, "mail/inbox.mbox", "/docs/mail/inbox.mbox", null,
            new MessageRef("Invoice 2231", "Ayşe Yılmaz <ayse@example.org>", Instant.parse("2026-03-02T09:15:00Z"),
                    "2231@example.org", null),
            null, null, new Snippet("paid in full", List.of(), false, false), "Invoice 2231 was paid in full.", 0, 30, 1.5f,
            "b".repeat(64));

    @TempDir
    Path dataDir;

    private IndexerStack stack;
    private ConversationStore store;

    @BeforeEach
    void setUp() {
        stack = new IndexerStack(dataDir);
        store = new ConversationStore(stack.jdbc(), JsonMapper.builder().build());
    }

    @AfterEach
    void tearDown() throws Exception {
        stack.close();
    }

    @Test
    void aConversationComesBackWithItsTurnsInOrderAndTheirCitationsWhole() {
        long id = store.start("Who signed the contract?");
        store.append(id, answer("Who signed the contract?", "Who signed the contract?", "Tomas Brenner [1].", PDF_PAGE));
        store.append(id, answer("When was it paid?", "When was invoice 2231 paid?", "In full [1][2].", PDF_PAGE, MAIL));

        Conversation conversation = store.get(id);

        assertThat(conversation.title()).isEqualTo("Who signed the contract?");
        assertThat(conversation.turns()).extracting(Turn::ordinal, Turn::question, Turn::standaloneQuestion)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Who signed the contract?", "Who signed the contract?"),
                        org.assertj.core.groups.Tuple.tuple(2, "When was it paid?", "When was invoice 2231 paid?"));
        Turn second = conversation.turns().get(1);
        assertThat(second.answer()).isEqualTo("In full [1][2].");
        assertThat(second.mode()).isEqualTo(AnswerMode.GENERATED);
        assertThat(second.citations()).containsExactly(PDF_PAGE, MAIL);
        assertThat(conversation.updatedAt()).isAfterOrEqualTo(conversation.createdAt());
    }

    @Test
    void theListShowsTheMostRecentlyContinuedConversationFirstWithItsLength() {
        long older = store.start("First subject");
        long newer = store.start("Second subject");
        store.append(newer, answer("Second subject", "Second subject", "B.", PDF_PAGE));
        store.append(older, answer("First subject", "First subject", "A.", PDF_PAGE));
        store.append(older, answer("More?", "More on the first subject?", "A2.", PDF_PAGE));

        List<ConversationSummary> list = store.list();

        assertThat(list).extracting(ConversationSummary::id).containsExactly(older, newer);
        assertThat(list).extracting(ConversationSummary::turns).containsExactly(2, 1);
    }

    @Test
    void aLongFirstQuestionIsClippedForTheTitleButKeptWholeInItsTurn() {
        String question = "Why " + "really ".repeat(60) + "?";
        long id = store.start(question);
        store.append(id, answer(question, question, "Because.", PDF_PAGE));

        Conversation conversation = store.get(id);

        assertThat(conversation.title()).hasSize(ConversationStore.TITLE_CHARS).endsWith("…");
        assertThat(conversation.turns().getFirst().question()).isEqualTo(question);
    }

    @Test
    void deletingAConversationRemovesItsTurns() {
        long id = store.start("Who signed the contract?");
        store.append(id, answer("Who signed the contract?", "Who signed the contract?", "Brenner [1].", PDF_PAGE));
        long kept = store.start("Other");
        store.append(kept, answer("Other", "Other", "Other.", MAIL));

        boolean deleted = store.delete(id);

        assertThat(deleted).isTrue();
        assertThat(store.find(id)).isEmpty();
        assertThat(stack.jdbc().sql("SELECT COUNT(*) FROM turn WHERE conversation_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        assertThat(store.get(kept).turns()).hasSize(1);
        assertThat(store.delete(id)).isFalse();
    }

    @Test
    void aSheetOfAWorkbookInAnArchiveComesBackWithItsNameAndPath() {
        Citation sheet = new Citation(1, 12, "leak.zip", "/docs/leak.zip", "/finance/port.xlsx", null, null,
                Location.sheet(2, "Vendors"), new Snippet("Bluewater", List.of(), false, false), "Bluewater\tLimassol",
                0, 19, 1f, "c".repeat(64));
        long id = store.start("Where is Bluewater?");
        store.append(id, answer("Where is Bluewater?", "Where is Bluewater?", "Limassol [1].", sheet));

        Citation back = store.get(id).turns().getFirst().citations().getFirst();

        assertThat(back).isEqualTo(sheet);
        assertThat(back.label()).isEqualTo("leak.zip!/finance/port.xlsx, sheet “Vendors”");
    }

    /** Snapshots are never rewritten: one stored before slides and sheets still names its page. */
    @Test
    void aTurnStoredWhenCitationsHadOnlyAPageStillNamesItsPage() {
        long id = store.start("Who signed the contract?");
        stack.jdbc().sql("""
                        INSERT INTO turn (conversation_id, ordinal, question, standalone_question, answer_text, mode,
                            notice, citations, asked_at)
                        VALUES (?, 1, 'Who signed?', 'Who signed?', 'Brenner [1].', 'GENERATED', '', ?, ?)""")
                .params(id, """
                        [{"number":1,"documentId":10,"file":"contracts/contract.pdf","path":"/docs/contract.pdf",
                          "page":3,"message":null,"attachment":null,
                          "snippet":{"text":"signed","highlights":[],"clippedStart":false,"clippedEnd":false},
                          "passage":"The contract was signed.","start":0,"end":24,"score":1.0,"sha256":"%s"}]"""
                                .formatted("a".repeat(64)),
                        java.time.OffsetDateTime.parse("2026-05-04T10:15:00Z"))
                .update();

        Citation old = store.get(id).turns().getFirst().citations().getFirst();

        assertThat(old.location()).isEqualTo(Location.page(3));
        assertThat(old.label()).isEqualTo("contracts/contract.pdf, page 3");
    }

    @Test
    void anUnknownIdIsAnErrorThatSaysHowToFindOne() {
        assertThatThrownBy(() -> store.get(42)).isInstanceOf(NoSuchConversationException.class)
                .hasMessage("no conversation 42 — list them with 'conversations list'");
    }

    static Answer answer(String asked, String standalone, String text, Citation... citations) {
        return new Answer(standalone, AnswerMode.GENERATED, text, List.of(citations), "", List.of(), List.of())
                .inConversation(0, asked);
    }
}
