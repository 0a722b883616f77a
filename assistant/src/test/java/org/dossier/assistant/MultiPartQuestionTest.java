package org.dossier.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dossier.assistant.answer.ScriptedChatEngine;
import org.dossier.assistant.retrieve.HybridSearch;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.PassageSearch;
import org.dossier.indexer.SearchFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that asks two things ("who …, and how large …?") is searched for each part as well as whole, so the
 * source of each part reaches the model although eight briefings that repeat some of the question's words outrank
 * the second part's only source for the question as a whole. Real index (Tika, Lucene, H2), BM25 only (the
 * application's configuration with embeddings off).
 */
class MultiPartQuestionTest {

    private static final String QUESTION = "Who signed the Bluewater dredging contract, and how large was the "
            + "overpayment?";

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private static final String KEYWORDS_ONLY = "--dossier.engine.embedding=none";

    private AssistantStack stack;

    @AfterEach
    void tearDown() throws Exception {
        stack.close();
    }

    @Test
    void bothPartsSourcesAreAmongTheFirstPassagesAlthoughTheWholeQuestionRanksOneOutOfThem() throws Exception {
        stack = new AssistantStack(dataDir, new ScriptedChatEngine("Tomas Brenner [1]; 212,000 euros [2].", 4096),
                KEYWORDS_ONLY);
        writeCorpus();
        Retriever retriever = stack.bean(Retriever.class);

        List<String> whole = files(new HybridSearch(stack.bean(PassageSearch.class), null)
                .search(QUESTION, SearchFilter.NONE, 6));
        List<String> planned = retriever.find(QUESTION, SearchFilter.NONE, 6).citations().stream()
                .map(Citation::file).toList();

        assertThat(whole).as("the question as a whole: the briefings crowd the register out")
                .doesNotContain("register.txt");
        assertThat(planned).contains("contract.txt", "register.txt");
    }

    @Test
    void bothPartsSourcesReachTheModel() throws Exception {
        // room for about six passages: the whole question's six best would all be briefings and the contract
        ScriptedChatEngine model = new ScriptedChatEngine("Tomas Brenner signed it [1]; it was 212,000 euros [2].",
                1500);
        stack = new AssistantStack(dataDir, model, KEYWORDS_ONLY);
        writeCorpus();

        Answer answer = stack.ask.ask(Question.of(QUESTION));

        assertThat(answer.mode()).isEqualTo(AnswerMode.GENERATED);
        assertThat(model.prompts().getFirst()).contains("signed by Tomas Brenner").contains("212,000 euros");
    }

    private void writeCorpus() throws Exception {
        Files.writeString(folder.resolve("contract.txt"), "Dredging contract PV-HD-2024-007 with Bluewater "
                + "Holdings. The contract was signed by Tomas Brenner, harbour director, on 12 March 2024.");
        Files.writeString(folder.resolve("register.txt"), "Invoice register of the harbour authority, entry 91: "
                + "the overpayment on the dredging invoices came to 212,000 euros.");
        for (int n = 1; n <= 8; n++) {
            String w = "b" + n + "w"; // words of this briefing alone, so that no two briefings read as duplicates
            Files.writeString(folder.resolve("briefing-" + n + ".txt"), "Briefing " + n + ": Bluewater " + w + "1 "
                    + "dredging " + w + "2, Bluewater " + w + "3 dredgers " + w + "4, Bluewater " + w + "5 barges "
                    + w + "6, the Bluewater " + w + "7 fleet: a large " + w + "8 job.");
        }
        // a long log of many passages, so that a word in a few passages is as rare as in a real collection
        Files.writeString(folder.resolve("quay-log.txt"), IntStream.rangeClosed(1, 80)
                .mapToObj(n -> "Quay log, day " + n + ": wind from the west, a ferry late, the crane idle. "
                        + filler("day" + n, 90))
                .collect(Collectors.joining("\n\n")));
        stack.index(folder);
    }

    private List<String> files(List<PassageHit> hits) {
        DocumentCatalog catalog = stack.bean(DocumentCatalog.class);
        return hits.stream().map(hit -> catalog.find(hit.documentId()).map(DocumentRecord::path).orElse("?"))
                .toList();
    }

    private static String filler(String word, int words) {
        return IntStream.range(0, words).mapToObj(i -> word + "w" + (i % 17)).collect(Collectors.joining(" ")) + ".";
    }
}
