package org.dossier.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SourceDiversityTest {

    /** A passage of a document, by its rank. */
    private record Ranked(int rank, long document) {
    }

    @Test
    void eachDocumentsBestPassagesComeFirstAndTheHeldBackFollowInRankOrder() {
        List<Ranked> ranked = List.of(new Ranked(1, 7), new Ranked(2, 7), new Ranked(3, 7), new Ranked(4, 7),
                new Ranked(5, 9), new Ranked(6, 7), new Ranked(7, 9));

        List<Ranked> ordered = new SourceDiversity(2).order(ranked, Ranked::document);

        assertThat(ordered).extracting(Ranked::rank).containsExactly(1, 2, 5, 7, 3, 4, 6);
    }

    @Test
    void oneDocumentAloneLosesNothing() {
        List<Ranked> ranked = List.of(new Ranked(1, 7), new Ranked(2, 7), new Ranked(3, 7));

        assertThat(new SourceDiversity(1).order(ranked, Ranked::document)).isEqualTo(ranked);
    }
}
