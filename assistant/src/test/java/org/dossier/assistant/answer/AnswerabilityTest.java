package org.dossier.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.assistant.AnswerMode;
import org.dossier.assistant.Answer;
import java.util.List;

import org.dossier.assistant.Citation;
import org.dossier.engine.ModelStatus;
import org.dossier.indexer.DossierAnalyzer;
import org.junit.jupiter.api.Test;

/** Whether the model is asked at all: moved here from the answerer, which now only answers. */
class AnswerabilityTest {

    private static final ModelStatus READY = new ModelStatus(ModelStatus.State.READY, "ready");
    private static final ModelStatus LOADING = new ModelStatus(ModelStatus.State.LOADING, "loading");

    private final Answerability answerability = new Answerability(new DossierAnalyzer(), 0.5, () -> 12);

    @Test
    void whenTheBestPassageIsNotAboutTheQuestionTheModelIsNotAsked() {
        Citation weather = GroundedAnswererTest.citation(1, "weather.txt", null, "Rain fell on the harbour all week.");

        Answerability.Decision decision = answerability.decide("What is the capital of France?", List.of(weather),
                READY);
        Answer answer = Answer.notInDocuments("What is the capital of France?", List.of(weather));

        assertThat(decision).isEqualTo(Answerability.Decision.NOT_ABOUT_THE_QUESTION);
        assertThat(answer.mode()).isEqualTo(AnswerMode.NOT_IN_DOCUMENTS);
        assertThat(answer.text()).isEqualTo(Answer.NOT_IN_DOCUMENTS);
        assertThat(answer.citations()).containsExactly(weather);
    }

    @Test
    void aPassageThatHoldsTheQuestionsWordsIsAnswerableByAReadyModelOnly() {
        Citation contract = GroundedAnswererTest.citation(1, "contract.txt", null,
                "The dredging contract was signed by Tomas Brenner.");

        assertThat(answerability.decide("Who signed the dredging contract?", List.of(contract), READY))
                .isEqualTo(Answerability.Decision.ANSWERABLE);
        assertThat(answerability.decide("Who signed the dredging contract?", List.of(contract), LOADING))
                .isEqualTo(Answerability.Decision.NO_MODEL);
    }

    @Test
    void nothingRetrievedIsNothingFoundOrNothingIndexed() {
        Answerability empty = new Answerability(new DossierAnalyzer(), 0.5, () -> 0);

        assertThat(answerability.decide("anything", List.of(), READY)).isEqualTo(Answerability.Decision.NOTHING_FOUND);
        assertThat(empty.decide("anything", List.of(), READY)).isEqualTo(Answerability.Decision.NOTHING_INDEXED);
    }
}
