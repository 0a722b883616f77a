package org.dossier.indexer.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.dossier.indexer.PassageHit;
import org.junit.jupiter.api.Test;

class VectorFeedbackTest {

    @Test
    void onlyNearPassagesFromDocumentsBm25AlsoRanksHighFeedBack() {
        List<PassageHit> semantic = List.of(hit(7), hit(3), hit(9), hit(1));
        List<PassageHit> keyword = List.of(hit(1), hit(3), hit(4), hit(5), hit(6), hit(7));

        // 7 is nearest but BM25 ranks it sixth; 3 agrees; 1 agrees but is fourth by meaning, past the nearest three.
        assertThat(VectorFeedback.DEFAULT.choose(semantic, keyword)).extracting(PassageHit::documentId)
                .containsExactly(3L);
        assertThat(new VectorFeedback(4, 6, 2, 1f).choose(semantic, keyword)).extracting(PassageHit::documentId)
                .containsExactly(7L, 3L);
    }

    @Test
    void noAgreementAndNoFeedbackGiveNothingToFeedBack() {
        assertThat(VectorFeedback.DEFAULT.choose(List.of(hit(1), hit(2)), List.of(hit(8), hit(9)))).isEmpty();
        assertThat(VectorFeedback.NONE.choose(List.of(hit(1)), List.of(hit(1)))).isEmpty();
        assertThat(VectorFeedback.NONE.isOn()).isFalse();
        assertThatThrownBy(() -> new VectorFeedback(-1, 5, 2, 1f)).isInstanceOf(IllegalArgumentException.class);
    }

    private static PassageHit hit(long documentId) {
        return new PassageHit(documentId, 0, null, 0, 4, "text", 1f);
    }
}
