package org.dossier.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.indexer.Location;
import org.dossier.indexer.SearchFilter;
import org.dossier.indexer.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retrieval-only answers over a real index and catalog of files the test writes. */
class AnswerServiceTest {

    private static final ChatEngine NO_MODEL = () -> new ModelStatus(ModelStatus.State.NOT_CONFIGURED,
            "No chat model is configured; set dossier.engine.chat-model.");

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private AssistantStack stack;
    private AnswerService answers;
    private Ask ask;

    @BeforeEach
    void setUp() {
        stack = new AssistantStack(dataDir, NO_MODEL);
        answers = stack.answers;
        ask = stack.ask;
    }

    @AfterEach
    void tearDown() throws Exception {
        stack.close();
    }

    @Test
    void withoutAModelTheAnswerIsTheMatchingPassagesLabelledAsRetrievedWithHowToConfigureAModel() throws Exception {
        TestFiles.pdf(folder.resolve("contract.pdf"),
                List.of("Scope of works.", "Payment schedule.", "The contract was signed by Tomas Brenner."));
        Files.writeString(folder.resolve("weather.txt"), "Rain fell on the harbour all week.");
        stack.index(folder);

        Answer answer = ask.ask(Question.of("  Who signed the contract?  "));

        assertThat(answer.question()).isEqualTo("Who signed the contract?");
        assertThat(answer.mode()).isEqualTo(AnswerMode.RETRIEVAL_ONLY);
        assertThat(answer.text()).startsWith("Retrieved passages");
        assertThat(answer.notice()).contains("dossier.engine.chat-model");
        Citation first = answer.citations().getFirst();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.file()).isEqualTo("contract.pdf");
        assertThat(first.location()).isEqualTo(Location.page(3));
        assertThat(first.label()).isEqualTo("contract.pdf, page 3");
        assertThat(first.path()).isEqualTo(folder.toRealPath().resolve("contract.pdf").toString());
        assertThat(first.snippet().highlights()).isNotEmpty();
    }

    @Test
    void aCitationOfAnEmailNamesTheMessageNotJustTheMailbox() throws Exception {
        TestFiles.mbox(folder.resolve("inbox.mbox"));
        stack.index(folder);

        Citation citation = ask.ask(Question.of("agreed rate of the dredging contractor")).citations().getFirst();

        assertThat(citation.file()).isEqualTo("inbox.mbox");
        assertThat(citation.message()).isNotNull();
        assertThat(citation.message().subject()).isEqualTo("Invoice 2231 looks inflated");
        assertThat(citation.label()).contains("inbox.mbox — message “Invoice 2231 looks inflated” from")
                .contains("Ayşe Yılmaz").contains("2026-03-02");
    }

    @Test
    void anAttachmentIsCitedWithItsMessage() throws Exception {
        TestFiles.mbox(folder.resolve("inbox.mbox"));
        stack.index(folder);

        Citation citation = answers.search("invoice amount").stream()
                .filter(c -> c.attachment() != null).findFirst().orElseThrow();

        assertThat(citation.attachment()).isEqualTo("ledger.csv");
        assertThat(citation.message().subject()).isEqualTo("Re: Invoice 2231 looks inflated");
    }

    @Test
    void searchNarrowsToMailSentToSomeoneOrListsAThreadOldestFirst() throws Exception {
        TestFiles.mbox(folder.resolve("inbox.mbox"));
        stack.index(folder);

        List<Citation> toMirela = answers.search("invoice", SearchFilter.NONE.withRecipient("mirela celik"));
        List<Citation> thread = answers.search("  ", SearchFilter.NONE.withThread("<inv-2231@portveldin.example>"));

        assertThat(toMirela).isNotEmpty().allSatisfy(c -> assertThat(c.message().subject())
                .isEqualTo("Invoice 2231 looks inflated"));
        assertThat(thread).extracting(c -> c.message().messageId())
                .containsExactly("inv-2231@portveldin.example", "re-inv-2231@portveldin.example");
        assertThatThrownBy(() -> answers.search(" ", SearchFilter.NONE)).isInstanceOf(UserInputException.class);
    }

    @Test
    void saysWhenNothingIsIndexedYet() {
        Answer answer = ask.ask(Question.of("anything"));

        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).isEqualTo(Answer.NOTHING_INDEXED);
    }

    @Test
    void withKeywordsOnlySaysWhenTheDocumentsDoNotMatch() throws Exception {
        // With vectors (the default) the passage nearest in meaning always comes back, however far: only keyword
        // search (dossier.engine.embedding=none) can find nothing.
        stack.close();
        stack = new AssistantStack(dataDir, NO_MODEL, "--dossier.engine.embedding=none");
        Files.writeString(folder.resolve("weather.txt"), "Rain fell on the harbour all week.");
        stack.index(folder);

        Answer answer = stack.ask.ask(Question.of("submarine procurement"));

        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).isEqualTo(Answer.NOTHING_FOUND);
    }

    @Test
    void anEmptyQuestionIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> ask.ask(Question.of("   "))).isInstanceOf(UserInputException.class)
                .hasMessageContaining("the question is empty");
    }
}
