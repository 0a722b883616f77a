package org.dossier.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VectorFeedbackTest {

    @Test
    void aShortQuestionGetsFeedbackAndAParagraphLongOneDoesNot() {
        assertThat(VectorFeedback.forQuestion("Who signed the dredging contract?")).isEqualTo(VectorFeedback.DEFAULT);
        String paragraph = "word ".repeat(VectorFeedback.LONGEST_QUESTION_WORDS + 1);
        assertThat(VectorFeedback.forQuestion(paragraph)).isEqualTo(VectorFeedback.NONE);
        assertThat(VectorFeedback.forQuestion("word ".repeat(VectorFeedback.LONGEST_QUESTION_WORDS)))
                .isEqualTo(VectorFeedback.DEFAULT);
        assertThat(VectorFeedback.forQuestion("   ")).isEqualTo(VectorFeedback.NONE);
    }

    @Test
    void noFeedbackIsOff() {
        assertThat(VectorFeedback.NONE.isOn()).isFalse();
        assertThat(VectorFeedback.DEFAULT.isOn()).isTrue();
        assertThatThrownBy(() -> new VectorFeedback(-1, 1f)).isInstanceOf(IllegalArgumentException.class);
    }
}
