package org.dossier.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dossier.assistant.answer.ScriptedChatEngine;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.indexer.SearchFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional second retrieval round ({@code dossier.assistant.second-round}): a question whose answer is in a
 * document that shares none of its words, reached through a name that the first round's passages mention. Real
 * index (Tika, Lucene, H2) and the application's configuration, BM25 only (embeddings off: the vectors of a
 * handful of files would list every passage as near); the chat model is a scripted stand-in whose first reply is
 * the search query a model would suggest — the test checks what Dossier does with it, not what a model writes.
 */
class SecondRoundTest {

    /** Of its words ("dredging", "contractor", "registered"), the contract holds only "dredging". */
    private static final String BRIDGED = "Where is the dredging contractor registered?";
    private static final String SECOND_ROUNDS_ON = "--dossier.assistant.second-round=true";
    private static final String KEYWORDS_ONLY = "--dossier.engine.embedding=none";

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private AssistantStack stack;

    @AfterEach
    void tearDown() {
        stack.close();
    }

    @Test
    void theModelsQueryFindsTheDocumentTheFirstRoundMissedAndItReachesTheAnswer() throws Exception {
        // given a contract that names the company, and its registry entry that shares no word with the question
        ScriptedChatEngine model = new ScriptedChatEngine(4096, List.of("Search query: \"Korvane Maritime\"",
                "It is registered in Vlissingen [2]."));
        stack = new AssistantStack(dataDir, model, KEYWORDS_ONLY, SECOND_ROUNDS_ON);
        writeCorpus();
        List<String> firstRound = files(stack.bean(Retriever.class).find(BRIDGED, SearchFilter.NONE, 60));

        // when the question is asked, the model asked anyway (the words alone cannot vouch for a bridged answer)
        Answer answer = stack.ask.ask(Question.of(BRIDGED).forcing());

        // then the model was asked for a query from the contract, and the registry entry reached its answer prompt
        assertThat(firstRound).contains("contract.txt").doesNotContain("registry.txt");
        assertThat(model.prompts()).hasSize(2);
        assertThat(model.prompts().getFirst()).contains(BRIDGED).contains("awarded to Korvane Maritime BV");
        assertThat(model.prompts().get(1)).contains("Postbus 17, 4380 AA Vlissingen")
                .contains("awarded to Korvane Maritime BV");
        assertThat(answer.mode()).isEqualTo(AnswerMode.GENERATED);
    }

    @Test
    void noSecondRoundWhenTheFirstRoundsPassagesCoverTheQuestion() throws Exception {
        // given the same documents and a question the contract holds every word of
        ScriptedChatEngine model = new ScriptedChatEngine("Korvane Maritime BV [1].", 4096);
        stack = new AssistantStack(dataDir, model, KEYWORDS_ONLY, SECOND_ROUNDS_ON);
        writeCorpus();

        // when it is asked
        Answer answer = stack.ask.ask(Question.of("Who was the dredging contract awarded to?"));

        // then the model was asked once, for the answer, and no second search brought the registry in
        assertThat(answer.mode()).isEqualTo(AnswerMode.GENERATED);
        assertThat(model.prompts()).hasSize(1);
        assertThat(model.prompts().getFirst()).doesNotContain("Vlissingen");
    }

    @Test
    void noSecondRoundUnlessItIsSwitchedOn() throws Exception {
        // given the default settings
        ScriptedChatEngine model = new ScriptedChatEngine(4096, List.of("Korvane Maritime",
                "The documents don't say."));
        stack = new AssistantStack(dataDir, model, KEYWORDS_ONLY);
        writeCorpus();

        // when the bridged question is asked
        stack.ask.ask(Question.of(BRIDGED).forcing());

        // then the model only answers, from the first round's passages
        assertThat(model.prompts()).hasSize(1);
        assertThat(model.prompts().getFirst()).contains("awarded to Korvane Maritime BV").doesNotContain("Vlissingen");
    }

    private void writeCorpus() throws Exception {
        Files.writeString(folder.resolve("contract.txt"), "Harbour authority, dredging contract PV-HD-2024-007: "
                + "awarded to Korvane Maritime BV on 12 March 2024, signed by Tomas Brenner, harbour director.");
        Files.writeString(folder.resolve("registry.txt"), "Chamber of commerce extract 5512-0071. Korvane Maritime "
                + "BV, seat: Postbus 17, 4380 AA Vlissingen. Directors: E. Korvane, J. de Smet.");
        // a long log of many passages, so that a word in a few passages is as rare as in a real collection
        Files.writeString(folder.resolve("quay-log.txt"), IntStream.rangeClosed(1, 60)
                .mapToObj(n -> "Quay log, day " + n + ": wind from the west, a ferry late, the crane idle. "
                        + IntStream.range(0, 80).mapToObj(i -> "day" + n + "w" + (i % 13))
                        .collect(Collectors.joining(" ")) + ".")
                .collect(Collectors.joining("\n\n")));
        stack.index(folder);
    }

    private static List<String> files(Retriever.Found found) {
        return found.citations().stream().map(Citation::file).distinct().toList();
    }
}
