package org.dossier.indexer.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.indexer.PassageHit;
import org.junit.jupiter.api.Test;

class FusionTest {

    @Test
    void aPassageRankedWellInBothListsBeatsOneRankedFirstInOnlyOne() {
        PassageHit both = hit(1, "in both lists");
        PassageHit keywordOnly = hit(2, "first by keywords only");
        PassageHit vectorOnly = hit(3, "first by meaning only");

        List<PassageHit> fused = ReciprocalRankFusion.fuse(List.of(
                List.of(keywordOnly, both), List.of(vectorOnly, both)));

        assertThat(fused).extracting(PassageHit::documentId).containsExactly(1L, 2L, 3L);
        assertThat(fused.getFirst().score()).isCloseTo(2f / 62, org.assertj.core.api.Assertions.within(1e-6f));
    }

    @Test
    void aLighterListCountsForLess() {
        PassageHit keywordFirst = hit(1, "first by keywords");
        PassageHit vectorFirst = hit(2, "first by meaning");

        List<PassageHit> fused = ReciprocalRankFusion.fuse(List.of(List.of(keywordFirst), List.of(vectorFirst)),
                List.of(0.5, 1.0));

        assertThat(fused).extracting(PassageHit::documentId).containsExactly(2L, 1L);
    }

    private static PassageHit hit(long documentId, String text) {
        return new PassageHit(documentId, 0, null, 0, text.length(), text, 1f);
    }
}
