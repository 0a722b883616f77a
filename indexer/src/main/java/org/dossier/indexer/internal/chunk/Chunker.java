package org.dossier.indexer.internal.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.indexer.Location;
import org.dossier.indexer.QuotedPart;
import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.extract.Section;
import org.jspecify.annotations.Nullable;

/**
 * Cuts text into passages of at most {@code maxChars}, preferring to break before a heading, then between
 * paragraphs, then lines, then sentences, then words. A passage never spans two pages, slides or sheets, so a
 * citation can name one; in an email, text quoted from earlier messages is left out (see {@link QuotedText}).
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
        return "passages r5 (pages, slides, sheets, headings, quotes kept aside but mbox >From) " + maxChars + "/" + minChars;
    }

    public List<Passage> split(ExtractedPart part) {
        String text = part.text();
        List<Passage> passages = new ArrayList<>();
        List<QuotedText.Range> quoted = part.isMessage() ? QuotedText.ranges(text) : List.of();
        for (Segment segment : segments(text.length(), part.locations())) {
            int from = segment.start();
            int to = segment.end();
            for (QuotedText.Range range : quoted) {
                if (range.end() <= from || range.start() >= to) {
                    continue;
                }
                splitSegment(text, from, Math.max(from, range.start()), segment.location(), part.headingStarts(),
                        passages);
                from = Math.min(to, range.end());
            }
            splitSegment(text, from, to, segment.location(), part.headingStarts(), passages);
        }
        return passages;
    }

    /** The quotes of earlier messages in a message's text, which {@link #split} leaves out; none for other parts. */
    public List<QuotedPart> quotes(ExtractedPart part) {
        if (!part.isMessage() || !part.hasText()) {
            return List.of();
        }
        String text = part.text();
        return QuotedText.ranges(text).stream()
                .map(range -> new QuotedPart(range.start(), range.end(), text.substring(range.start(), range.end())))
                .filter(quote -> !quote.text().isBlank())
                .toList();
    }

    /** Text on one page, slide or sheet; or the whole text, for formats without them. */
    private record Segment(int start, int end, @Nullable Location location) {
    }

    /**
     * One segment per page, slide or sheet that has text. Text before the first (rare: a title Tika writes before
     * the first page) counts as on the first; of several that begin at one offset, those before the last are empty.
     */
    private static List<Segment> segments(int length, List<Section> locations) {
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        Location location = locations.isEmpty() ? null : locations.getFirst().location();
        for (Section section : locations) {
            int start = Math.min(section.start(), length);
            if (start > from) {
                segments.add(new Segment(from, start, location));
                from = start;
            }
            location = section.location();
        }
        segments.add(new Segment(from, length, location));
        return segments;
    }

    private void splitSegment(String text, int from, int to, @Nullable Location location, List<Integer> headings,
                              List<Passage> out) {
        int position = skipWhitespace(text, from, to);
        while (position < to) {
            int end = to - position <= maxChars ? to : breakPoint(text, position, position + maxChars, headings);
            int trimmedEnd = trimEnd(text, position, end);
            if (trimmedEnd > position) {
                out.add(new Passage(out.size(), position, trimmedEnd, location, text.substring(position, trimmedEnd)));
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
