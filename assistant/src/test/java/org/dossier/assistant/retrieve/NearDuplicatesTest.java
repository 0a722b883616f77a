package org.dossier.assistant.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.indexer.PassageHit;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    @Test
    void aPassageThatRepeatsOneRankedAboveItIsCollapsed() {
        String memo = "The harbour board suspended all payments to the dredging contractor until the audit ends.";
        List<PassageHit> ranked = List.of(hit(1, memo), hit(2, "> " + memo + "\n\nAgreed, thanks."),
                hit(3, "An unrelated passage about rye bread."));

        assertThat(NearDuplicates.collapse(ranked, 10)).extracting(PassageHit::documentId).containsExactly(1L, 3L);
    }

    @Test
    void collapsingStopsAtTheLimit() {
        List<PassageHit> ranked = List.of(hit(1, "alpha beta gamma delta"), hit(2, "epsilon zeta eta theta"),
                hit(3, "iota kappa lambda mu"));

        assertThat(NearDuplicates.collapse(ranked, 2)).hasSize(2);
    }

    private static PassageHit hit(long documentId, String text) {
        return new PassageHit(documentId, 0, null, 0, text.length(), text, 1f);
    }
}
