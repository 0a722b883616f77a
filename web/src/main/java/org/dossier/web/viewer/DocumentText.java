package org.dossier.web.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.dossier.indexer.Location;
import org.dossier.indexer.PassageHit;
import org.jspecify.annotations.Nullable;

/**
 * A document's text as the viewer shows it, rebuilt from its passages in order: the text between two passages is
 * white space, except where the passage cutter left text out (quoted earlier messages), which is said. Each page,
 * slide or sheet starts with a boundary the reader can jump to; the passages a citation points at are marked.
 */
public record DocumentText(List<Block> blocks, List<Jump> jumps) {

    /** Characters between two passages beyond which the gap is text left out, not white space. */
    private static final int WHITESPACE_GAP = 4;

    /**
     * One passage.
     *
     * @param boundary     the page, slide or sheet that starts here, or null
     * @param omittedBefore characters left out just before it (quoted text), 0 for none
     */
    public record Block(int ordinal, int start, int end, String text, @Nullable Jump boundary, boolean cited,
                 int omittedBefore) {
    }

    /** A page, slide or sheet to jump to: the element id and what it is called. */
    public record Jump(String id, String label) {
    }

    /** The passages overlapping [citedStart, citedEnd) are cited; with no range, none is. */
    static DocumentText of(List<PassageHit> passages, @Nullable Integer citedStart, @Nullable Integer citedEnd) {
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
            int gap = passage.start() - previousEnd;
            blocks.add(new Block(passage.ordinal(), passage.start(), passage.end(), passage.text(), boundary, cited,
                    blocks.isEmpty() || gap <= WHITESPACE_GAP ? 0 : gap));
            previousEnd = passage.end();
        }
        return new DocumentText(blocks, jumps);
    }

    private static Jump jump(Location location) {
        String label = location.label();
        return new Jump(location.kind().name().toLowerCase(Locale.ROOT) + "-" + location.number(),
                Character.toUpperCase(label.charAt(0)) + label.substring(1));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }
}
