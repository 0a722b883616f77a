package org.dossier.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dossier.assistant.answer.ScriptedChatEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over a real index: the model is kept from a question the documents are silent on (and the
 * answer says why) unless the user insists, and the model's context holds every source, not one document's best.
 */
class AskOnEvidenceTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private AssistantStack stack;

    @AfterEach
    void tearDown() throws Exception {
        stack.close();
    }

    @Test
    void aQuestionTheDocumentsAreSilentOnIsRefusedWithTheReasonAndTheModelIsNotAsked() throws Exception {
        ScriptedChatEngine model = new ScriptedChatEngine("Paris [1].", 4096);
        stack = new AssistantStack(dataDir, model);
        Files.writeString(folder.resolve("weather.txt"), "Rain fell on the harbour all week; no ferries left for France.");
        stack.index(folder);

        Answer answer = stack.ask.ask(Question.of("What is the capital of France and who governs it?"));

        assertThat(answer.mode()).isEqualTo(AnswerMode.NOT_IN_DOCUMENTS);
        assertThat(answer.refused()).isTrue();
        assertThat(answer.refusal()).startsWith("no passage among the best 3 mentions “capital”, “governs”")
                .contains("nearest: “Rain fell on the harbour");
        assertThat(answer.citations()).extracting(Citation::file).containsExactly("weather.txt");
        assertThat(model.requests).isEmpty();
    }

    @Test
    void aForcedQuestionIsPutToTheModelAndItsOwnDocumentsDontSayIsTheFinalWord() throws Exception {
        ScriptedChatEngine model = new ScriptedChatEngine("The documents don't say who governs it.",
                4096);
        stack = new AssistantStack(dataDir, model);
        Files.writeString(folder.resolve("weather.txt"), "Rain fell on the harbour all week; no ferries left for France.");
        stack.index(folder);

        Answer answer = stack.ask.ask(Question.of("What is the capital of France and who governs it?").forcing());

        assertThat(model.requests).hasSize(1);
        assertThat(model.prompts().getFirst()).contains("Rain fell on the harbour");
        assertThat(answer.mode()).isEqualTo(AnswerMode.NOT_IN_DOCUMENTS);
        assertThat(answer.refused()).isFalse();
        assertThat(answer.text()).startsWith("The documents don't say");
    }

    @Test
    void aSecondDocumentReachesTheModelAlthoughTheFirstHasTenBetterPassages() throws Exception {
        // Room for about six passages of ~150 words besides the answer's 1,024 tokens (dossier.assistant.answer-tokens):
        // without diversity, all six would be the report's.
        ScriptedChatEngine model = new ScriptedChatEngine("It was overpaid by 1.3 million [1].", 2300);
        stack = new AssistantStack(dataDir, model);
        String report = IntStream.rangeClosed(1, 10).mapToObj(AskOnEvidenceTest::reportSection)
                .collect(Collectors.joining("\n\n"));
        Files.writeString(folder.resolve("report.txt"), report);
        Files.writeString(folder.resolve("register.txt"), "Invoice register of the harbour authority. "
                + "Entry 88: the dredging overpayment was booked as consultancy. " + filler("register", 120));
        stack.index(folder);

        Answer answer = stack.ask.ask(Question.of("How large was the dredging overpayment?"));

        assertThat(answer.mode()).isEqualTo(AnswerMode.GENERATED);
        assertThat(answer.citations()).extracting(Citation::file).contains("register.txt");
        assertThat(answer.citations()).filteredOn(c -> c.file().equals("report.txt")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(model.prompts().getFirst()).contains("Entry 88: the dredging overpayment");
        // the model reads them in retrieval order, numbered as it reads them
        assertThat(answer.citations()).extracting(Citation::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, answer.citations().size()).boxed().toList());
    }

    private static String reportSection(int n) {
        return "Section " + n + ". The dredging overpayment, the dredging overpayment again: the dredging "
                + "overpayment grew in part " + n + ". " + filler("report" + n, 130);
    }

    private static String filler(String word, int words) {
        return IntStream.range(0, words).mapToObj(i -> word + "w" + (i % 37)).collect(Collectors.joining(" ")) + ".";
    }
}
