package org.dossier.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.dossier.assistant.answer.ScriptedChatEngine;
import org.dossier.indexer.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question asked within filters (the Ask page's folder, type, dates and sender) is answered only from what they
 * allow: retrieval itself is narrowed, keyword and vector search alike, so the model never reads anything else.
 * Real index, catalog, Tika and bundled embedding model, wired as the application wires them; the chat model is
 * scripted (this is about retrieval).
 */
class AskWithinFiltersTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private AssistantStack stack;
    private ScriptedChatEngine model;
    private Ask ask;

    @BeforeEach
    void openStack() {
        model = new ScriptedChatEngine("From the passages [1].", 4096);
        stack = new AssistantStack(dataDir, model);
        ask = stack.ask;
    }

    @AfterEach
    void closeStack() throws Exception {
        stack.close();
    }

    @Test
    void aQuestionWithinAFolderIsAnsweredOnlyFromItEvenWhereOnlyTheVectorsWouldReachOutside() throws Exception {
        write("harbour/contract.txt", "The dredging contract for the harbour was signed by Tomas Brenner.");
        write("harbour/minutes.txt", "The port board met on Tuesday and approved the budget for the quay wall.");
        write("archive/agreement.txt", "The dredging contract for the canal was signed by Aylin Yilmaz.");
        // shares no word with the question: only the vector search can find it
        write("archive/letter.txt", "The mayor put her name to the deal about deepening the waterway.");
        indexAndEmbed();
        String question = "Who signed the dredging contract?";

        Answer everywhere = ask.ask(Question.of(question));
        Answer inHarbour = ask.ask(Question.of(question).within(AskFilter.parse("harbour/", null, null, null, null)));

        assertThat(everywhere.citations()).extracting(Citation::file)
                .contains("archive/agreement.txt", "archive/letter.txt");
        assertThat(inHarbour.citations()).isNotEmpty().extracting(Citation::file).allMatch(f -> f.startsWith("harbour/"))
                .contains("harbour/contract.txt");
        assertThat(model.prompts().getLast()).contains("Tomas Brenner").doesNotContain("Yilmaz")
                .doesNotContain("waterway");
    }

    @Test
    void aQuestionWithinASenderOrADateRangeReadsOnlyThoseMessages() throws Exception {
        TestFiles.mbox(folder.resolve("mail/inbox.mbox"));
        write("notes/invoice.txt", "Invoice 2231 was paid in full by the harbour authority.");
        indexAndEmbed();
        String question = "What about invoice 2231?";

        Answer fromMirela = ask.ask(Question.of(question).within(AskFilter.parse(null, null, null, null, "mirela")));
        Answer onTheSecond = ask.ask(Question.of(question)
                .within(AskFilter.parse(null, "message/", "2026-03-02", "2026-03-02", null)));

        assertThat(fromMirela.citations()).isNotEmpty().allSatisfy(c ->
                assertThat(c.message()).isNotNull().extracting(m -> m.from()).asString().contains("Mirela Celik"));
        assertThat(onTheSecond.citations()).isNotEmpty().allSatisfy(c ->
                assertThat(c.message().subject()).isEqualTo("Invoice 2231 looks inflated"));
    }

    @Test
    void filtersThatAreNoFiltersAreRefusedWithAReason() {
        assertThatThrownBy(() -> AskFilter.parse(null, null, "31.03.2024", null, null))
                .isInstanceOf(UserInputException.class).hasMessageContaining("write it as 2024-03-31");
        assertThatThrownBy(() -> AskFilter.parse(null, null, "2024-04-01", "2024-03-01", null))
                .isInstanceOf(UserInputException.class).hasMessageContaining("ends (2024-03-01) before it starts");
        assertThat(AskFilter.parse(" ", "", null, "2024-03-31", "  brenner ").toSearchFilter())
                .satisfies(f -> {
                    assertThat(f.sender()).isEqualTo("brenner");
                    assertThat(f.path()).isNull();
                    assertThat(f.to()).isEqualTo(LocalDate.parse("2024-04-01").atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant());
                });
    }

    private void write(String path, String text) throws Exception {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Indexes the folder and waits for its vectors, so that retrieval is hybrid from the first question. */
    private void indexAndEmbed() {
        stack.index(folder);
    }
}
