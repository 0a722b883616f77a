package org.dossier.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.assistant.AssistantProperties;
import org.dossier.engine.ModelStatus;
import org.dossier.indexer.DossierAnalyzer;
import org.dossier.indexer.PassageEvidence;
import org.dossier.indexer.PassageHit;
import org.junit.jupiter.api.Test;

/** Whether the model is asked at all, on the evidence of the best passages, and what a refusal says. */
class AnswerabilityTest {

    private static final ModelStatus READY = new ModelStatus(ModelStatus.State.READY, "ready");
    private static final ModelStatus LOADING = new ModelStatus(ModelStatus.State.LOADING, "loading");

    private final Answerability answerability = new Answerability(
            new EvidenceReader(new DossierAnalyzer(), Answerability.Rule.BEST_FEW),
            AssistantProperties.defaults().answerabilityRule(), () -> 12);

    @Test
    void whenNoPassageHoldsTheQuestionsWordsTheModelIsNotAskedAndTheRefusalSaysWhy() {
        PassageHit weather = hit(1, "Rain fell on the harbour all week.", PassageEvidence.NONE);

        Answerability.Verdict verdict = answerability.decide("What is the capital of France?", List.of(weather),
                READY, false);

        assertThat(verdict.decision()).isEqualTo(Answerability.Decision.NOT_ABOUT_THE_QUESTION);
        assertThat(verdict.reason()).contains("mentions “capital”, “France”")
                .contains("nearest: “Rain fell on the harbour all week.”");
    }

    @Test
    void aPassageThatHoldsTheQuestionsWordsIsAnswerableByAReadyModelOnly() {
        PassageHit contract = hit(1, "The dredging contract was signed by Tomas Brenner.", PassageEvidence.NONE);

        assertThat(answerability.decide("Who signed the dredging contract?", List.of(contract), READY, false)
                .decision()).isEqualTo(Answerability.Decision.ANSWERABLE);
        assertThat(answerability.decide("Who signed the dredging contract?", List.of(contract), LOADING, false)
                .decision()).isEqualTo(Answerability.Decision.NO_MODEL);
    }

    @Test
    void aQuestionsWordsSpreadOverTwoOfTheBestPassagesAreEvidence() {
        PassageHit register = hit(1, "Invoice register: Harbour Authority paid 4.2 million for dredging.",
                PassageEvidence.NONE);
        PassageHit tender = hit(2, "The tender valued the work at 2.9 million; the difference is an overpayment.",
                PassageEvidence.NONE);

        assertThat(answerability.decide("How much did the harbour overpay for dredging?", List.of(register, tender),
                READY, false).decision()).isEqualTo(Answerability.Decision.ANSWERABLE);
    }

    @Test
    void aParaphraseIsAnsweredOnItsMeaningWhenTheVectorsAreSureOfIt() {
        // "put their name to the deal": not one of its words is in the passage but "dredging"
        PassageHit contract = hit(1, "The dredging contract was signed by Tomas Brenner.",
                new PassageEvidence(3, 2.1f, 1, 0.91f));

        Answerability.Verdict verdict = answerability.decide("Who put their name to the dredging deal?",
                List.of(contract), READY, false);
        Answerability.Verdict withoutVectors = answerability.decide("Who put their name to the dredging deal?",
                List.of(hit(1, contract.text(), PassageEvidence.NONE)), READY, false);

        assertThat(verdict.decision()).isEqualTo(Answerability.Decision.ANSWERABLE);
        assertThat(withoutVectors.decision()).isEqualTo(Answerability.Decision.NOT_ABOUT_THE_QUESTION);
    }

    @Test
    void wordsInCommonAreNotEnoughWhenTheMeaningIsFarOff() {
        PassageHit wing = hit(1, "The effect of the boundary layer on wing flutter at supersonic speeds.",
                new PassageEvidence(1, 6.5f, 4, 0.74f));

        assertThat(answerability.decide("What is the effect of heparin on the boundary of cells?", List.of(wing),
                READY, false).decision()).isEqualTo(Answerability.Decision.NOT_ABOUT_THE_QUESTION);
    }

    @Test
    void wordsWithAModerateMeaningCountOnlyWhereKeywordsAndVectorsAgreeOnAPassage() {
        String text = "Harbour payments to Bluewater were suspended by the board.";
        PassageHit agreed = hit(1, text, new PassageEvidence(2, 4f, 3, 0.80f));
        PassageHit apart = hit(1, text, new PassageEvidence(2, 4f, 40, 0.80f));

        assertThat(answerability.decide("Were the Bluewater payments suspended?", List.of(agreed), READY, false)
                .decision()).isEqualTo(Answerability.Decision.ANSWERABLE);
        assertThat(answerability.decide("Were the Bluewater payments suspended?", List.of(apart), READY, false)
                .decision()).isEqualTo(Answerability.Decision.NOT_ABOUT_THE_QUESTION);
    }

    @Test
    void aForcedQuestionGoesToTheModelWhateverTheEvidence() {
        PassageHit weather = hit(1, "Rain fell on the harbour all week.", PassageEvidence.NONE);

        assertThat(answerability.decide("What is the capital of France?", List.of(weather), READY, true)
                .decision()).isEqualTo(Answerability.Decision.ANSWERABLE);
        assertThat(answerability.decide("What is the capital of France?", List.of(weather), LOADING, true)
                .decision()).isEqualTo(Answerability.Decision.NO_MODEL);
    }

    @Test
    void nothingRetrievedIsNothingFoundOrNothingIndexed() {
        Answerability empty = new Answerability(new EvidenceReader(new DossierAnalyzer(), 3),
                AssistantProperties.defaults().answerabilityRule(), () -> 0);

        assertThat(answerability.decide("anything", List.of(), READY, false).decision())
                .isEqualTo(Answerability.Decision.NOTHING_FOUND);
        assertThat(empty.decide("anything", List.of(), READY, false).decision())
                .isEqualTo(Answerability.Decision.NOTHING_INDEXED);
    }

    @Test
    void aPassageTheRerankerScoresAboveTheThresholdIsEvidenceWhateverItsWords() {
        // "put their name to the deal": not one of its words is in the passage but "dredging"; no vectors
        String question = "Who put their name to the dredging deal?";
        String text = "The dredging contract was signed by Tomas Brenner.";

        Answerability.Decision sure = answerability.decide(question,
                List.of(hit(1, text, PassageEvidence.NONE.withRerankScore(3.2f))), READY, false).decision();
        Answerability.Decision unsure = answerability.decide(question,
                List.of(hit(1, text, PassageEvidence.NONE.withRerankScore(-4.5f))), READY, false).decision();
        Answerability.Decision noReranker = answerability.decide(question, List.of(hit(1, text, PassageEvidence.NONE)),
                READY, false).decision();

        assertThat(sure).isEqualTo(Answerability.Decision.ANSWERABLE);
        assertThat(unsure).isEqualTo(Answerability.Decision.NOT_ABOUT_THE_QUESTION);
        assertThat(noReranker).isEqualTo(Answerability.Decision.NOT_ABOUT_THE_QUESTION);
    }

    private static PassageHit hit(long document, String text, PassageEvidence evidence) {
        return new PassageHit(document, 0, null, 0, text.length(), text, 1f, evidence);
    }
}
