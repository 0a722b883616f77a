package org.dossier.assistant.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

import org.dossier.assistant.Citation;
import org.dossier.engine.ModelStatus;
import org.dossier.indexer.DossierAnalyzer;

/**
 * Whether the model should be asked at all. Not when nothing was retrieved (and then: is anything indexed?), not
 * without a ready model, and not when the best passage is not about the question — the share of the question's
 * words (as the index analyses them) that it contains is below the threshold. BM25 always ranks something first;
 * below it Dossier says the documents do not hold the answer instead of letting the model fill the gap.
 */
public final class Answerability {

    public enum Decision { NOTHING_INDEXED, NOTHING_FOUND, NO_MODEL, NOT_ABOUT_THE_QUESTION, ANSWERABLE }

    private final DossierAnalyzer analyzer;
    private final double minimumCoverage;
    private final IntSupplier passagesIndexed;

    public Answerability(DossierAnalyzer analyzer, double minimumCoverage, IntSupplier passagesIndexed) {
        this.analyzer = analyzer;
        this.minimumCoverage = minimumCoverage;
        this.passagesIndexed = passagesIndexed;
    }

    public Decision decide(String question, List<Citation> ranked, ModelStatus model) {
        if (ranked.isEmpty()) {
            return passagesIndexed.getAsInt() == 0 ? Decision.NOTHING_INDEXED : Decision.NOTHING_FOUND;
        }
        if (!model.ready()) {
            return Decision.NO_MODEL;
        }
        return coverage(question, ranked.getFirst().passage()) >= minimumCoverage
                ? Decision.ANSWERABLE : Decision.NOT_ABOUT_THE_QUESTION;
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
