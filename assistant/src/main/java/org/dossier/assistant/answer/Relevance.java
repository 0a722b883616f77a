package org.dossier.assistant.answer;

import java.util.HashSet;
import java.util.Set;

import org.dossier.indexer.DossierAnalyzer;

/**
 * Whether the best passage is about the question at all: the share of the question's words (as the index analyses
 * them) that it contains. BM25 always ranks something first; below the threshold Dossier says the documents do not
 * hold the answer instead of letting the model fill the gap from its own knowledge.
 */
final class Relevance {

    private final DossierAnalyzer analyzer;
    private final double minimumCoverage;

    Relevance(DossierAnalyzer analyzer, double minimumCoverage) {
        this.analyzer = analyzer;
        this.minimumCoverage = minimumCoverage;
    }

    boolean relevant(String question, String passage) {
        return coverage(question, passage) >= minimumCoverage;
    }

    double coverage(String question, String passage) {
        Set<String> wanted = terms(question);
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> present = terms(passage);
        return wanted.stream().filter(present::contains).count() / (double) wanted.size();
    }

    private Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        analyzer.tokens(text).forEach(token -> terms.add(token.term()));
        return terms;
    }
}
