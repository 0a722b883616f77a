package org.dossier.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.indexer.DossierAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deterministic rule used without a model, how a model's reply is read, and the rewrite prompt's checks. */
class FollowUpRewritingRulesTest {

    private final CarryOverRule rule = new CarryOverRule(new DossierAnalyzer());

    @Test
    void aFollowUpWithAPronounBorrowsThePreviousQuestionsContentWordsButNotItsQuestionWords() {
        String rewritten = rule.rewrite("Who sent invoice 2231 to Bluewater Holdings?", "When was it paid?");

        assertThat(rewritten).isEqualTo("When was it paid? (sent invoice 2231 Bluewater Holdings)");
    }

    @Test
    void aFollowUpThatNamesItsOwnSubjectIsLeftAsAsked() {
        String followUp = "Who is the beneficial owner of Bluewater Holdings Ltd?";

        assertThat(rule.rewrite("Who signed the dredging contract?", followUp)).isEqualTo(followUp);
    }

    @Test
    void wordsTheFollowUpAlreadyHasAreNotBorrowedTwice() {
        assertThat(rule.rewrite("Who signed the dredging contract?", "And the contract date?"))
                .isEqualTo("And the contract date? (signed dredging)");
    }

    @Test
    void theModelsFirstLineIsTakenWithoutLabelsOrQuotes() {
        assertThat(FollowUpRewriter.question("Rewritten question: \"When was the contract signed?\"\nExplanation: …"))
                .contains("When was the contract signed?");
        assertThat(FollowUpRewriter.question("\n**When was invoice 2231 paid?**")).contains("When was invoice 2231 paid?");
    }

    @Test
    void anEmptyOrWordlessOrRamblingReplyIsNoQuestion() {
        assertThat(FollowUpRewriter.question("")).isEmpty();
        assertThat(FollowUpRewriter.question("  \n ... \n")).isEmpty();
        assertThat(FollowUpRewriter.question("why ".repeat(200))).isEmpty();
    }

    @Test
    void theBuiltInRewritePromptPlacesTheConversationAndTheQuestion() {
        String prompt = RewritePrompt.load(null).fill("User: Who signed it? {question}", "When?");

        assertThat(prompt).contains("User: Who signed it? {question}").contains("The last question: When?");
    }

    @Test
    void aRewritePromptWithoutTheQuestionStopsStartUpWithWhatToFix(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("rewrite.txt"), "Rewrite: {conversation}");
        assertThatThrownBy(() -> RewritePrompt.load(folder))
                .hasMessage("rewrite.txt lacks {question}");
        Files.writeString(folder.resolve("rewrite.txt"), "{conversation} {question} {passages}");
        assertThatThrownBy(() -> RewritePrompt.load(folder))
                .hasMessage("unknown placeholder {passages} in rewrite.txt — use {conversation} and {question}");
    }

    @Test
    void aUsersPromptsFolderWithoutRewriteTxtKeepsWorkingWithTheBuiltInOne(@TempDir Path folder) throws Exception {
        assertThat(RewritePrompt.load(folder)).isEqualTo(RewritePrompt.load(null));

        Files.writeString(folder.resolve("rewrite.txt"), "{conversation}\nQ: {question}");

        assertThat(RewritePrompt.load(folder).fill("C", "Why?")).isEqualTo("C\nQ: Why?");
    }
}
