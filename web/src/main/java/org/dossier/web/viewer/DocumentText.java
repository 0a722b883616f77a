package org.dossier.web.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.dossier.indexer.Location;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.QuotedPart;
import org.jspecify.annotations.Nullable;

/**
 * A document's text as the viewer shows it, rebuilt from its passages in order: the text between two passages is
 * white space, except where the passage cutter left text out. In a message that is mostly its quotes of earlier
 * messages, which the catalog keeps: they are shown in their place, collapsed; anything else left out is said. Each
 * page, slide or sheet starts with a boundary the reader can jump to; the passages a citation points at are marked.
 *
 * @param quotesAfter the quotes after the last passage (an "Original Message" tail), or all of them when the
 *                    message has no passage of its own
 */
public record DocumentText(List<Block> blocks, List<Jump> jumps, List<QuotedPart> quotesAfter) {

    /** Characters between two passages beyond which the gap is text left out, not white space. */
    private static final int WHITESPACE_GAP = 4;

    /**
     * One passage.
     *
     * @param boundary      the page, slide or sheet that starts here, or null
     * @param quotesBefore  quotes of earlier messages just before it, shown collapsed
     * @param omittedBefore characters left out just before it that no quote accounts for, 0 for none
     */
    public record Block(int ordinal, int start, int end, String text, @Nullable Jump boundary, boolean cited,
                        List<QuotedPart> quotesBefore, int omittedBefore) {
    }

    /** A page, slide or sheet to jump to: the element id and what it is called. */
    public record Jump(String id, String label) {
    }

    /** The passages overlapping [citedStart, citedEnd) are cited; with no range, none is. */
    static DocumentText of(List<PassageHit> passages, List<QuotedPart> quotes, @Nullable Integer citedStart,
                           @Nullable Integer citedEnd) {
        List<Block> blocks = new ArrayList<>();
        List<Jump> jumps = new ArrayList<>();
        Location previous = null;
        int previousEnd = 0;
        for (PassageHit passage : passages) {
            Jump boundary = null;
            if (passage.location() != null && !Objects.equals(passage.location(), previous)) {
                boundary = jump(passage.location());
                jumps.add(boundary);
            }
            previous = passage.location();
            boolean cited = citedStart != null && citedEnd != null
                    && passage.start() < citedEnd && passage.end() > citedStart;
            List<QuotedPart> before = between(quotes, blocks.isEmpty() ? 0 : previousEnd, passage.start());
            int gap = passage.start() - previousEnd;
            boolean unexplained = !blocks.isEmpty() && gap > WHITESPACE_GAP && before.isEmpty();
            blocks.add(new Block(passage.ordinal(), passage.start(), passage.end(), passage.text(), boundary, cited,
                    before, unexplained ? gap : 0));
            previousEnd = passage.end();
        }
        return new DocumentText(blocks, jumps, between(quotes, blocks.isEmpty() ? 0 : previousEnd, Integer.MAX_VALUE));
    }

    private static List<QuotedPart> between(List<QuotedPart> quotes, int from, int to) {
        return quotes.stream().filter(quote -> quote.start() >= from && quote.start() < to).toList();
    }

    private static Jump jump(Location location) {
        String label = location.label();
        return new Jump(location.kind().name().toLowerCase(Locale.ROOT) + "-" + location.number(),
                Character.toUpperCase(label.charAt(0)) + label.substring(1));
    }

    public boolean isEmpty() {
        return blocks.isEmpty() && quotesAfter.isEmpty();
    }
}
