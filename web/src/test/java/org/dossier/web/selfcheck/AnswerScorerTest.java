package org.dossier.web.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.assistant.Answer;
import org.dossier.assistant.AnswerMode;
import org.dossier.assistant.Citation;
import org.dossier.assistant.QuoteCheck;
import org.dossier.assistant.Snippet;
import org.dossier.engine.AnswerSelfCheck;
import org.junit.jupiter.api.Test;

/** The self-check's scoring, on answers made by hand: each criterion can pass and each can fail. */
class AnswerScorerTest {

    private static final SampleQuestion SIGNED = new SampleQuestion(1, "as written",
            "Who signed the dredging contract?", true, List.of("contracts/dredging-contract-PV-HD-2024-007.pdf"),
            List.of("Tomas Brenner", "12 March 2024"));
    private static final SampleQuestion TWO_PARTS = new SampleQuestion(12, "two parts",
            "Who owns Bluewater Holdings, and how much did the harbour pay it in total?", true,
            List.of("notes/bluewater-registry-notes.md", "finance/invoice-register-2024.xlsx"),
            List.of("Katrin Brenner", "1,275,000"));
    private static final SampleQuestion FOOTBALL = new SampleQuestion(16, "unanswerable",
            "Which football club does Tomas Brenner support?", false, List.of(), List.of());

    private final AnswerScorer scorer = new AnswerScorer();

    @Test
    void aRightAnswerCitingTheContractScoresOnEveryCount() {
        Answer answer = generated("Harbour Master Tomas Brenner signed it on 12 March 2024 [2], \"for the Authority\".",
                List.of(new QuoteCheck("for the Authority", true, List.of(2))), List.of(),
                citation(1, "notes/timeline.md"), citation(2, "contracts/dredging-contract-PV-HD-2024-007.pdf"));

        AnswerSelfCheck.Scored scored = scorer.score(SIGNED, answer);

        assertThat(scored.citedFiles()).containsExactly("contracts/dredging-contract-PV-HD-2024-007.pdf");
        assertThat(scored.sourceCited()).isTrue();
        assertThat(scored.wordsPresent()).isTrue();
        assertThat(scored.citationsValid()).isTrue();
        assertThat(scored.quotes()).isEqualTo(1);
        assertThat(scored.quotesAllVerified()).isTrue();
        assertThat(scored.refusalCorrect()).isTrue();
        assertThat(scored.mode()).isEqualTo("GENERATED");
    }

    @Test
    void aPassageGivenButNotCitedDoesNotCountAndMissingWordsAreNamed() {
        Answer answer = generated("The contract was signed by the Harbour Master [1].", List.of(), List.of(),
                citation(1, "notes/timeline.md"), citation(2, "contracts/dredging-contract-PV-HD-2024-007.pdf"));

        AnswerSelfCheck.Scored scored = scorer.score(SIGNED, answer);

        assertThat(scored.citedFiles()).containsExactly("notes/timeline.md");
        assertThat(scored.sourceCited()).isFalse();
        assertThat(scored.missingWords()).containsExactly("Tomas Brenner", "12 March 2024");
        assertThat(scored.refusalCorrect()).isTrue();
    }

    @Test
    void invalidCitationNumbersAndUnverifiedQuotesAreCounted() {
        Answer answer = generated("Tomas Brenner, 12 March 2024 [1]. He wrote \"I approve this\".",
                List.of(new QuoteCheck("I approve this", false, List.of())), List.of(7, 9),
                citation(1, "contracts/dredging-contract-PV-HD-2024-007.pdf"));

        AnswerSelfCheck.Scored scored = scorer.score(SIGNED, answer);

        assertThat(scored.invalidCitations()).containsExactly(7, 9);
        assertThat(scored.citationsValid()).isFalse();
        assertThat(scored.quotes()).isEqualTo(1);
        assertThat(scored.quotesVerified()).isZero();
        assertThat(scored.quotesAllVerified()).isFalse();
        assertThat(scored.sourceCited()).isTrue();
    }

    @Test
    void aTwoPartQuestionNeedsBothSourcesAndWordsMatchWhateverTheAccentsAndCase() {
        Answer onlyOne = generated("KATRIN BRENNER owns it [1]; the harbour paid EUR 1,275,000.", List.of(),
                List.of(), citation(1, "sample-docs/notes/bluewater-registry-notes.md"));
        Answer both = generated("Katrin Brenner [1, 2]; EUR 1,275,000 [2].", List.of(), List.of(),
                citation(1, "sample-docs/notes/bluewater-registry-notes.md"),
                citation(2, "sample-docs/finance/invoice-register-2024.xlsx"));

        assertThat(scorer.score(TWO_PARTS, onlyOne).sourceCited()).isFalse();
        assertThat(scorer.score(TWO_PARTS, onlyOne).wordsPresent()).isTrue();
        assertThat(scorer.score(TWO_PARTS, both).sourceCited()).isTrue();
        assertThat(AnswerScorer.folded("Ayşe Yılmaz")).isEqualTo(AnswerScorer.folded("ayse  yilmaz"));
    }

    @Test
    void anUnanswerableQuestionIsRightOnlyWhenRefused() {
        Answer refusedBeforeTheModel = Answer.notInDocuments(FOOTBALL.question(),
                List.of(citation(1, "notes/people-and-companies.md")), "no passage among the best 3 mentions football");
        Answer modelSaysNotInDocuments = new Answer(FOOTBALL.question(), AnswerMode.NOT_IN_DOCUMENTS,
                "The documents don't say.", List.of(citation(1, "notes/timeline.md")), "", List.of(), List.of());
        Answer madeUp = generated("He supports FC Port Veldin [1].", List.of(), List.of(),
                citation(1, "notes/people-and-companies.md"));

        assertThat(scorer.score(FOOTBALL, refusedBeforeTheModel).refusalCorrect()).isTrue();
        assertThat(scorer.score(FOOTBALL, modelSaysNotInDocuments).refusalCorrect()).isTrue();
        assertThat(scorer.score(FOOTBALL, madeUp).refusalCorrect()).isFalse();
        assertThat(scorer.score(FOOTBALL, madeUp).sourceCited()).as("no source is expected").isTrue();
    }

    @Test
    void anAnswerableQuestionRefusedOrLeftToRetrievalIsWrong() {
        Answer refused = Answer.notInDocuments(SIGNED.question(),
                List.of(citation(1, "contracts/dredging-contract-PV-HD-2024-007.pdf")), "no evidence");
        Answer retrievalOnly = Answer.retrieved(SIGNED.question(), Answer.RETRIEVED,
                List.of(citation(1, "contracts/dredging-contract-PV-HD-2024-007.pdf")), "no model");

        for (Answer answer : List.of(refused, retrievalOnly)) {
            AnswerSelfCheck.Scored scored = scorer.score(SIGNED, answer);
            assertThat(scored.refusalCorrect()).isFalse();
            assertThat(scored.sourceCited()).as("shown, not cited").isFalse();
            assertThat(scored.wordsPresent()).isFalse();
        }
    }

    @Test
    void theSummaryCountsAnswerableQuestionsForSourcesAndWordsAndAllForTheRest() {
        AnswerSelfCheck check = new AnswerSelfCheck("/x/sample-docs", "", List.of(
                scorer.score(SIGNED, generated("Tomas Brenner, 12 March 2024 [1].", List.of(), List.of(3),
                        citation(1, "contracts/dredging-contract-PV-HD-2024-007.pdf"))),
                scorer.score(FOOTBALL, generated("FC Veldin.", List.of(), List.of(), citation(1, "notes/a.md")))));

        assertThat(check.summary()).isEqualTo("sources 1/1, words 1/1, citations valid 1/2, quotes 0/0, "
                + "answered or refused right 1/2");
        assertThat(AnswerSelfCheck.skipped("no sample-docs").summary()).isEqualTo("not run: no sample-docs");
    }

    private static Answer generated(String text, List<QuoteCheck> quotes, List<Integer> invalid, Citation... given) {
        return new Answer("q", AnswerMode.GENERATED, text, List.of(given), "", invalid, quotes);
    }

    private static Citation citation(int number, String file) {
        return new Citation(number, number, file, "/data/" + file, null, null, null, null,
                new Snippet("passage", List.of(), false, false), "passage " + number, 0, 10, 1.0f, "0".repeat(64));
    }
}
