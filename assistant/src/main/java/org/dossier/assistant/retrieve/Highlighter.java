package org.dossier.assistant.retrieve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.assistant.Snippet;
import org.dossier.indexer.DossierAnalyzer.Token;
import org.dossier.indexer.DossierAnalyzer;

/**
 * Picks the sentences of a passage that match a question best and marks the matching words. Words are compared
 * after the index's own analysis, so a highlighted word is one the search matched (stems, folded accents).
 */
public final class Highlighter {

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private final DossierAnalyzer analyzer;
    private final int snippetChars;

    public Highlighter(DossierAnalyzer analyzer, int snippetChars) {
        this.analyzer = analyzer;
        this.snippetChars = snippetChars;
    }

    public Snippet snippet(String question, String passage) {
        Set<String> wanted = new HashSet<>();
        analyzer.tokens(question).forEach(token -> wanted.add(token.term()));
        List<Token> matches = analyzer.tokens(passage).stream().filter(token -> wanted.contains(token.term())).toList();
        int[] window = bestWindow(passage, matches);
        List<Snippet.Highlight> highlights = new ArrayList<>();
        for (Token token : matches) {
            if (token.start() >= window[0] && token.end() <= window[1]) {
                highlights.add(new Snippet.Highlight(token.start() - window[0], token.end() - window[0]));
            }
        }
        return new Snippet(passage.substring(window[0], window[1]), highlights, window[0] > 0,
                window[1] < passage.length());
    }

    /** The sentence with the most distinct matching words, widened by its neighbours up to the snippet length. */
    private int[] bestWindow(String passage, List<Token> matches) {
        List<int[]> sentences = sentences(passage);
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < sentences.size(); i++) {
            int[] sentence = sentences.get(i);
            long distinct = matches.stream().filter(t -> t.start() >= sentence[0] && t.end() <= sentence[1])
                    .map(Token::term).distinct().count();
            long all = matches.stream().filter(t -> t.start() >= sentence[0] && t.end() <= sentence[1]).count();
            int score = (int) (distinct * 100 + all);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        int first = best;
        int last = best;
        while (true) {
            int width = sentences.get(last)[1] - sentences.get(first)[0];
            boolean grew = false;
            if (last + 1 < sentences.size() && width + length(sentences.get(last + 1)) <= snippetChars) {
                last++;
                grew = true;
            } else if (first > 0 && width + length(sentences.get(first - 1)) <= snippetChars) {
                first--;
                grew = true;
            }
            if (!grew) {
                break;
            }
        }
        return clip(passage, sentences.get(first)[0], sentences.get(last)[1], matches);
    }

    /** A single sentence can be longer than a snippet: keep the stretch around its first matching word. */
    private int[] clip(String passage, int start, int end, List<Token> matches) {
        if (end - start <= snippetChars * 3 / 2) {
            return new int[] {start, end};
        }
        int anchor = matches.stream().filter(t -> t.start() >= start).mapToInt(Token::start).findFirst().orElse(start);
        int from = Math.max(start, anchor - snippetChars / 3);
        int to = Math.min(end, from + snippetChars);
        while (from > start && !Character.isWhitespace(passage.charAt(from - 1))) {
            from--;
        }
        while (to < end && !Character.isWhitespace(passage.charAt(to))) {
            to++;
        }
        return new int[] {from, to};
    }

    private static List<int[]> sentences(String passage) {
        List<int[]> sentences = new ArrayList<>();
        Matcher matcher = SENTENCE_BREAK.matcher(passage);
        int start = 0;
        while (matcher.find()) {
            if (matcher.start() > start) {
                sentences.add(new int[] {start, matcher.start()});
            }
            start = matcher.end();
        }
        if (start < passage.length()) {
            sentences.add(new int[] {start, passage.length()});
        }
        if (sentences.isEmpty()) {
            sentences.add(new int[] {0, passage.length()});
        }
        return sentences;
    }

    private static int length(int[] span) {
        return span[1] - span[0];
    }
}
