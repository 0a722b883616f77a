package org.dossier.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.indexer.internal.search.FusionWeights;
import org.junit.jupiter.api.Test;

/** The fusion weights' settings default to what the search uses without settings. */
class FusionWeightsSettingTest {

    @Test
    void theSettingsDefaultsAreTheSearchsOwn() {
        assertThat(IndexerProperties.defaults().fusionWeights()).isEqualTo(FusionWeights.DEFAULT);
    }

    @Test
    void byDefaultKeywordsWeighAsTheVectorsForShortQuestionsAndAQuarterForLongerOnes() {
        assertThat(FusionWeights.DEFAULT.keywordWeight(3)).isEqualTo(1.0);
        assertThat(FusionWeights.DEFAULT.keywordWeight(8)).isEqualTo(1.0);
        assertThat(FusionWeights.DEFAULT.keywordWeight(9)).isEqualTo(0.25);
        assertThat(FusionWeights.EQUAL.keywordWeight(30)).isEqualTo(1.0);
        assertThat(FusionWeights.BENCHMARK_CHOICE.keywordWeight(8)).isEqualTo(0.5);
        assertThat(FusionWeights.BENCHMARK_CHOICE.keywordWeight(9)).isEqualTo(0.25);
    }
}
