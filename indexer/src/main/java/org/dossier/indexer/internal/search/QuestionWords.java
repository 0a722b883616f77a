package org.dossier.indexer.internal.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dossier.indexer.DossierAnalyzer;

/**
 * How many different words of a question name something, for {@link FusionWeights}: its analysed words (the index's
 * stop words already gone) without the words that only ask — "what", "did", "how", auxiliaries and pronouns. The
 * index keeps those (a passage may need "who" or "its"), but they say nothing about how specific a question is:
 * "What service did Bluewater Holdings describe in its consultancy invoices?" names six things, not nine.
 */
public final class QuestionWords {

    private static final Set<String> ASKING = Set.of(
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
            "do", "does", "did", "done", "has", "have", "had", "can", "could", "would", "should", "shall", "may",
            "might", "must", "were", "been", "am",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "its", "them");

    private QuestionWords() {
    }

    /** The different analysed words of {@code question} that are not asking words. */
    public static int count(DossierAnalyzer analyzer, String question) {
        List<DossierAnalyzer.Token> tokens = analyzer.tokens(question);
        return (int) tokens.stream()
                .filter(token -> !ASKING.contains(surface(question, token)))
                .map(DossierAnalyzer.Token::term)
                .distinct()
                .count();
    }

    private static String surface(String question, DossierAnalyzer.Token token) {
        return question.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
    }
}
