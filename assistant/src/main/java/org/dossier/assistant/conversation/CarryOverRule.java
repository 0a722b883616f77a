package org.dossier.assistant.conversation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dossier.indexer.DossierAnalyzer;

/**
 * Makes a follow-up stand alone without a model, deterministically: a follow-up that leans on the previous question
 * (it has a pronoun such as "it" or "they", or fewer than {@value #FEW_WORDS} words of its own that search can use)
 * borrows that question's content words, in brackets after it — "When was it paid? (invoice 2231 Bluewater)".
 * Content words are the ones the index keeps (stop words dropped), less question words such as "who", so what is
 * borrowed is what retrieval matched the previous question on. A follow-up that names its own subject is left as asked, so that a change of subject is not
 * pulled back to the old one.
 */
final class CarryOverRule {

    static final int FEW_WORDS = 3;
    private static final Set<String> LEANING = Set.of("it", "its", "it's", "this", "that", "these", "those", "they",
            "them", "their", "he", "him", "his", "she", "her", "there", "then", "same", "such", "one", "ones");
    /** Words the index keeps but that say nothing about the subject: borrowing "who" would search for "who". */
    private static final Set<String> NOT_SUBJECT = Set.of("who", "whom", "whose", "what", "when", "where", "why",
            "how", "which", "do", "does", "did", "has", "have", "had", "can", "could", "would", "should", "were",
            "been", "i", "me", "my", "we", "our", "you", "your", "tell", "please", "also", "about", "else", "more");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}'’]+");

    private final DossierAnalyzer analyzer;

    CarryOverRule(DossierAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    String rewrite(String previous, String followUp) {
        Map<String, String> own = contentWords(followUp);
        if (own.size() >= FEW_WORDS && !leans(followUp)) {
            return followUp;
        }
        Map<String, String> borrowed = contentWords(previous);
        borrowed.keySet().removeAll(own.keySet());
        return borrowed.isEmpty() ? followUp : followUp + " (" + String.join(" ", borrowed.values()) + ")";
    }

    private static boolean leans(String text) {
        for (String word : WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (LEANING.contains(word.replace('’', '\''))) {
                return true;
            }
        }
        return false;
    }

    /** Each analysed term of a text with the word as written, in order of appearance. */
    private Map<String, String> contentWords(String text) {
        Map<String, String> words = new LinkedHashMap<>();
        for (DossierAnalyzer.Token token : analyzer.tokens(text)) {
            String word = text.substring(token.start(), token.end());
            if (!NOT_SUBJECT.contains(word.toLowerCase(Locale.ROOT))) {
                words.putIfAbsent(token.term(), word);
            }
        }
        return words;
    }
}
