package org.dossier.indexer.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.indexer.extract.ExtractedPart;

/**
 * Cuts text into passages of at most {@code maxChars}, preferring to break before a heading, then between
 * paragraphs, then lines, then sentences, then words. A passage never spans two pages, so a citation can name one
 * page; in an email, text quoted from earlier messages is left out (see {@link QuotedText}).
 */
public final class Chunker {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')\\]]?\\s");

    private final int maxChars;
    private final int minChars;

    public Chunker(int maxChars, int minChars) {
        if (minChars >= maxChars) {
            throw new IllegalArgumentException("passage min chars (" + minChars + ") must be below max (" + maxChars + ")");
        }
        this.maxChars = maxChars;
        this.minChars = minChars;
    }

    /** What decides the passages; bump the revision when the cutting rules change. */
    public String version() {
        return "passages r3 (headings, quotes but mbox >From) " + maxChars + "/" + minChars;
    }

    public List<Passage> split(ExtractedPart part) {
        String text = part.text();
        List<Passage> passages = new ArrayList<>();
        List<Integer> bounds = segmentBounds(text.length(), part.pageStarts());
        List<QuotedText.Range> quoted = part.isMessage() ? QuotedText.ranges(text) : List.of();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            int segmentStart = bounds.get(i);
            Integer page = part.pageAt(segmentStart);
            int from = segmentStart;
            int to = bounds.get(i + 1);
            for (QuotedText.Range range : quoted) {
                if (range.end() <= from || range.start() >= to) {
                    continue;
                }
                splitSegment(text, from, Math.max(from, range.start()), page, part.headingStarts(), passages);
                from = Math.min(to, range.end());
            }
            splitSegment(text, from, to, page, part.headingStarts(), passages);
        }
        return passages;
    }

    /** Segment limits: the whole text, or one segment per page (plus any text before the first page). */
    private static List<Integer> segmentBounds(int length, List<Integer> pageStarts) {
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        for (int start : pageStarts) {
            if (start > bounds.getLast() && start < length) {
                bounds.add(start);
            }
        }
        bounds.add(length);
        return bounds;
    }

    private void splitSegment(String text, int from, int to, Integer page, List<Integer> headings, List<Passage> out) {
        int position = skipWhitespace(text, from, to);
        while (position < to) {
            int end = to - position <= maxChars ? to : breakPoint(text, position, position + maxChars, headings);
            int trimmedEnd = trimEnd(text, position, end);
            if (trimmedEnd > position) {
                out.add(new Passage(out.size(), position, trimmedEnd, page, text.substring(position, trimmedEnd)));
            }
            position = skipWhitespace(text, end, to);
        }
    }

    /** The best place to end a passage that starts at {@code from} and may not pass {@code limit}. */
    private int breakPoint(String text, int from, int limit, List<Integer> headings) {
        int earliest = from + minChars;
        int heading = -1;
        for (int start : headings) {
            if (start >= earliest && start <= limit) {
                heading = start;
            }
        }
        if (heading > 0) {
            return heading;
        }
        int paragraph = text.lastIndexOf("\n\n", limit - 1);
        if (paragraph >= earliest) {
            return paragraph;
        }
        int line = text.lastIndexOf('\n', limit - 1);
        if (line >= earliest) {
            return line;
        }
        int sentence = lastSentenceEnd(text, earliest, limit);
        if (sentence > 0) {
            return sentence;
        }
        for (int i = limit - 1; i >= earliest; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return limit;
    }

    private static int lastSentenceEnd(String text, int from, int limit) {
        Matcher matcher = SENTENCE_END.matcher(text).region(from, limit);
        int last = -1;
        while (matcher.find()) {
            last = matcher.end() - 1;
        }
        return last;
    }

    private static int skipWhitespace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int end) {
        int i = end;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
