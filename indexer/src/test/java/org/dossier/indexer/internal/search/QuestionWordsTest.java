package org.dossier.indexer.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.indexer.DossierAnalyzer;
import org.junit.jupiter.api.Test;

/** Counting a question's words that name something, as the fusion weights read its length. */
class QuestionWordsTest {

    private final DossierAnalyzer analyzer = new DossierAnalyzer();

    @Test
    void askingWordsAndPronounsDoNotMakeAQuestionLonger() {
        // what, did, in, its: nine analysed words less the asking ones
        assertThat(QuestionWords.count(analyzer,
                "What service did Bluewater Holdings describe in its consultancy invoices?")).isEqualTo(6);
    }

    @Test
    void aWordSaidTwiceOrInflectedCountsOnce() {
        assertThat(QuestionWords.count(analyzer, "Invoice, invoices and INVOICED dredging?")).isEqualTo(2);
    }

    @Test
    void aDescriptiveQuestionStaysLong() {
        assertThat(QuestionWords.count(analyzer, "What similarity laws must be obeyed when constructing aeroelastic "
                + "models of heated high speed aircraft?")).isEqualTo(10);
    }
}
