package org.dossier.assistant.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.assistant.answer.PromptTemplates.PromptTemplateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second round's prompt (checked at start-up, a user's copy first) and how a model's reply is read as a query. */
class BridgePromptTest {

    @Test
    void theBuiltInPromptPlacesTheQuestionAndThePassagesAndBracesInThemStayAsWritten() {
        String prompt = BridgePrompt.load(null).fill("Who is {question}?", "[1] Korvane Maritime BV {passages}");

        assertThat(prompt).contains("The question: Who is {question}?")
                .contains("[1] Korvane Maritime BV {passages}");
    }

    @Test
    void aUsersPromptInThePromptsFolderIsUsedAndOneWithoutTheFolderFileFallsBackToTheBuiltIn(@TempDir Path folder)
            throws Exception {
        assertThat(BridgePrompt.load(folder).file().template()).contains("{passages}"); // the folder has no bridge.txt

        Files.writeString(folder.resolve("bridge.txt"), "Q: {question}\nP: {passages}\nQuery:");

        assertThat(BridgePrompt.load(folder).fill("where?", "[1] text")).isEqualTo("Q: where?\nP: [1] text\nQuery:");
    }

    @Test
    void aPromptWithoutThePassagesOrWithAnUnknownPlaceholderStopsStartUpWithWhatToFix(@TempDir Path folder)
            throws Exception {
        Files.writeString(folder.resolve("bridge.txt"), "Search for: {question}");
        assertThatThrownBy(() -> BridgePrompt.load(folder))
                .isInstanceOf(PromptTemplateException.class).hasMessage("bridge.txt lacks {passages}");
        Files.writeString(folder.resolve("bridge.txt"), "{question} {passages} {conversation}");
        assertThatThrownBy(() -> BridgePrompt.load(folder))
                .hasMessage("unknown placeholder {conversation} in bridge.txt — use {passages} and {question}");
    }

    @Test
    void aRepliesFirstLineIsTheQueryWithoutItsLabelOrQuotes() {
        assertThat(BridgingRound.query("\n  Search query: \"Korvane Maritime BV\"\nBecause the contract…"))
                .contains("Korvane Maritime BV");
        assertThat(BridgingRound.query("**invoice 2231**")).contains("invoice 2231");
        assertThat(BridgingRound.query("…")).isEmpty();
        assertThat(BridgingRound.query("x".repeat(BridgingRound.LONGEST_QUERY_CHARS + 1))).isEmpty();
    }
}
