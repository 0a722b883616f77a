package org.dossier.assistant.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.assistant.Citation;
import org.dossier.assistant.QuoteCheck;

/**
 * Holds a generated answer to its passages: every {@code [n]} must name a passage (others are removed and
 * reported), and every quotation must stand verbatim in a passage the same sentence cites, or in any passage when
 * the sentence cites none; a quotation that does not is marked {@value #UNVERIFIED} in the text.
 */
final class CitationChecker {

    static final String UNVERIFIED = "[unverified quote]";

    private static final Pattern CITATION = Pattern.compile("\\[(\\d+(?:\\s*,\\s*\\d+)*)]");
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"”]{4,})[\"”]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    CheckedAnswer check(String answer, List<Citation> passages) {
        Set<Integer> valid = new TreeSet<>();
        passages.forEach(p -> valid.add(p.number()));
        Set<Integer> cited = new LinkedHashSet<>();
        Set<Integer> invalid = new LinkedHashSet<>();
        String withoutInvalid = dropInvalidCitations(answer, valid, cited, invalid);

        List<QuoteCheck> quotes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String sentence : SENTENCE_END.split(withoutInvalid)) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(markQuotes(sentence, passages, quotes));
        }
        return new CheckedAnswer(text.toString(), List.copyOf(cited), List.copyOf(invalid), quotes);
    }

    private static String dropInvalidCitations(String answer, Set<Integer> valid, Set<Integer> cited,
                                               Set<Integer> invalid) {
        Matcher matcher = CITATION.matcher(answer);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            List<String> kept = new ArrayList<>();
            for (String number : matcher.group(1).split("\\s*,\\s*")) {
                int n = Integer.parseInt(number);
                if (valid.contains(n)) {
                    cited.add(n);
                    kept.add(number);
                } else {
                    invalid.add(n);
                }
            }
            matcher.appendReplacement(out, kept.isEmpty() ? "" : Matcher.quoteReplacement("[" + String.join(", ", kept) + "]"));
        }
        matcher.appendTail(out);
        return out.toString().replaceAll(" +([.,;:!?])", "$1").replaceAll(" {2,}", " ").strip();
    }

    private static String markQuotes(String sentence, List<Citation> passages, List<QuoteCheck> checks) {
        Set<Integer> citedHere = new LinkedHashSet<>();
        Matcher citations = CITATION.matcher(sentence);
        while (citations.find()) {
            for (String number : citations.group(1).split("\\s*,\\s*")) {
                citedHere.add(Integer.parseInt(number));
            }
        }
        Matcher quotes = QUOTE.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (quotes.find()) {
            String quote = quotes.group(1);
            List<Integer> foundIn = passages.stream()
                    .filter(p -> citedHere.isEmpty() || citedHere.contains(p.number()))
                    .filter(p -> normalized(p.passage()).contains(normalized(quote)))
                    .map(Citation::number).toList();
            QuoteCheck check = new QuoteCheck(quote, !foundIn.isEmpty(), foundIn);
            checks.add(check);
            String replacement = quotes.group() + (check.verified() ? "" : " " + UNVERIFIED);
            quotes.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        quotes.appendTail(out);
        return out.toString();
    }

    /** Verbatim up to spacing, line breaks and typographic quotes and dashes, which models and extraction vary. */
    private static String normalized(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-').replaceAll("\\s+", " ").strip();
    }
}
