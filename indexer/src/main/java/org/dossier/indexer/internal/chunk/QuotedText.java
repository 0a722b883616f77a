package org.dossier.indexer.internal.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the parts of an email body that repeat earlier messages: lines quoted with {@code >}, the "On … wrote:"
 * line that introduces them, and everything below an Outlook "Original Message" divider. The earlier message is
 * indexed where it stands itself, so its quoted copy is not indexed again (it would crowd answers with duplicates
 * and cite a reply for words its author did not write).
 */
final class QuotedText {

    /** A range [start, end) of the text. */
    record Range(int start, int end) {
    }

    /**
     * A quoted line, but not ">From …": an mbox escapes a body line that starts with "From " that way (so that it
     * is not read as the start of the next message), and Tika's mbox parser leaves the escape in.
     */
    private static final Pattern QUOTED = Pattern.compile("^\\s*>(?!>*From ).*");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^\\s*(on\\b.+\\bwrote:|.+\\bschrieb:|le\\b.+\\ba écrit\\s*:|.+\\byazdı:)\\s*$");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("(?i)^\\s*-{2,}\\s*original message\\s*-{2,}\\s*$");

    private QuotedText() {
    }

    static List<Range> ranges(String text) {
        List<int[]> lines = lines(text);
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            String content = text.substring(line[0], line[1]);
            if (ORIGINAL_MESSAGE.matcher(content).matches()) {
                add(ranges, line[0], text.length());
                break;
            }
            if (QUOTED.matcher(content).matches()
                    || ATTRIBUTION.matcher(content).matches() && nextNonBlankIsQuoted(text, lines, i)) {
                add(ranges, line[0], Math.min(line[1] + 1, text.length()));
            } else if (content.isBlank() && !ranges.isEmpty() && ranges.getLast().end() == line[0]
                    && nextNonBlankIsQuoted(text, lines, i)) {
                add(ranges, line[0], Math.min(line[1] + 1, text.length()));
            }
        }
        return ranges;
    }

    private static boolean nextNonBlankIsQuoted(String text, List<int[]> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            String content = text.substring(lines.get(j)[0], lines.get(j)[1]);
            if (!content.isBlank()) {
                return QUOTED.matcher(content).matches();
            }
        }
        return false;
    }

    /** Adds a range, merging it with the previous one when they touch. */
    private static void add(List<Range> ranges, int start, int end) {
        if (!ranges.isEmpty() && ranges.getLast().end() >= start) {
            ranges.set(ranges.size() - 1, new Range(ranges.getLast().start(), Math.max(end, ranges.getLast().end())));
        } else {
            ranges.add(new Range(start, end));
        }
    }

    /** Each line as [start, end) without its line break. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new int[] {start, text.length()});
        }
        return lines;
    }
}
