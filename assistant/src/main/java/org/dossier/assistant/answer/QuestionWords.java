package org.dossier.assistant.answer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.dossier.indexer.DossierAnalyzer;

/**
 * The words of a question that a passage must hold to be about it: the index's analysis (stems, English stop words
 * dropped), less the words every question is made of ("who", "how much", "did"), which the index keeps because
 * documents use them too. Without this, "What did the whistleblower in finance try to do?" needs "what", "did",
 * "try" and "do" in a passage as much as "whistleblower".
 */
final class QuestionWords {

    /** Question and auxiliary words, as the analyser leaves them (stemmed). */
    private static final Set<String> ASKING = Set.of("who", "whom", "whose", "what", "which", "when", "where",
            "why", "how", "much", "mani", "did", "do", "doe", "done", "ha", "have", "had", "can", "could", "would",
            "should", "mai", "might", "must", "i", "me", "my", "we", "our", "you", "your", "tell", "about", "ani",
            "some", "were", "been", "am", "find", "show", "list", "give", "know", "also");

    private final DossierAnalyzer analyzer;

    QuestionWords(DossierAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Each content term of the question, with the word the user wrote for it, in question order. */
    Map<String, String> of(String question) {
        Map<String, String> words = new LinkedHashMap<>();
        analyzer.tokens(question).forEach(token -> {
            if (!ASKING.contains(token.term())) {
                words.putIfAbsent(token.term(), question.substring(token.start(), token.end()));
            }
        });
        return words;
    }

    /** The analysed terms of a passage. */
    Set<String> terms(String passage) {
        Set<String> terms = new HashSet<>();
        analyzer.tokens(passage).forEach(token -> terms.add(token.term()));
        return terms;
    }
}
