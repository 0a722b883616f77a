package org.dossier.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {

    @Test
    void theDefaultPromptsLoadAndFillTheirPlaceholders() {
        PromptTemplates templates = PromptTemplates.load(null);

        String prompt = templates.answerPrompt("", "[1] a.txt\nText.", "Who?");

        assertThat(prompt).contains("<<<PASSAGES\n[1] a.txt\nText.\nPASSAGES>>>").endsWith("Question: Who?");
    }

    @Test
    void aTypoInAPlaceholderStopsStartUpWithWhatToFix() {
        assertThatThrownBy(() -> new PromptTemplates("Rules.", "{passages} {questoin}"))
                .hasMessage("unknown placeholder {questoin} in the answer prompt — use {conversation}, {passages} and {question}");
    }

    @Test
    void aMissingPlaceholderStopsStartUp() {
        assertThatThrownBy(() -> new PromptTemplates("Rules.", "Question: {question}"))
                .hasMessage("the answer prompt lacks {passages}");
    }

    @Test
    void theSystemPromptHoldsNoPlaceholdersSoItStaysTheSameForEveryQuestion() {
        assertThatThrownBy(() -> new PromptTemplates("Answer {question}", "{passages} {question}"))
                .hasMessageContaining("must not hold placeholders");
    }

    @Test
    void promptsAreReadFromAUsersFolder(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("system.txt"), "Be terse.");
        Files.writeString(folder.resolve("answer.txt"), "{passages}\nQ: {question}");

        PromptTemplates templates = PromptTemplates.load(folder);

        assertThat(templates.system()).isEqualTo("Be terse.");
        assertThat(templates.answerPrompt("", "P", "Why?")).isEqualTo("P\nQ: Why?");
    }
}
