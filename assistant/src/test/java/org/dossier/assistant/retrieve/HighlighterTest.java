package org.dossier.assistant.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.assistant.Snippet;
import org.dossier.indexer.DossierAnalyzer;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private final Highlighter highlighter = new Highlighter(new DossierAnalyzer(), 120);

    @Test
    void marksTheWordsThatMatchedIncludingOtherFormsOfTheSameWord() {
        Snippet snippet = highlighter.snippet("who signed the contracts", "The contract was signed by Tomas Brenner.");

        assertThat(marked(snippet)).containsExactly("contract", "signed");
    }

    @Test
    void marksNamesWhateverTheirAccents() {
        Snippet snippet = highlighter.snippet("celik", "Auditor Mirela Çelik opened the file.");

        assertThat(marked(snippet)).containsExactly("Çelik");
    }

    @Test
    void showsTheSentenceThatMatchesBestAndSaysThatTextWasLeftOut() {
        String passage = "The harbour was dredged in 2025. " + "Weather was fine all spring. ".repeat(10)
                + "Invoice 2231 was inflated by forty percent. " + "Nothing else happened. ".repeat(10);

        Snippet snippet = highlighter.snippet("how much was invoice 2231 inflated", passage);

        assertThat(snippet.text()).contains("Invoice 2231 was inflated by forty percent.");
        assertThat(snippet.text().length()).isLessThanOrEqualTo(180);
        assertThat(snippet.clippedStart()).isTrue();
        assertThat(snippet.clippedEnd()).isTrue();
        assertThat(marked(snippet)).contains("Invoice", "2231", "inflated");
    }

    @Test
    void aShortPassageIsShownWhole() {
        Snippet snippet = highlighter.snippet("harbour", "The harbour.");

        assertThat(snippet.text()).isEqualTo("The harbour.");
        assertThat(snippet.clippedStart()).isFalse();
        assertThat(snippet.clippedEnd()).isFalse();
    }

    private static List<String> marked(Snippet snippet) {
        return snippet.highlights().stream().map(h -> snippet.text().substring(h.start(), h.end())).toList();
    }
}
