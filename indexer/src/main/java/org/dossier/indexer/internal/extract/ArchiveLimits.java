package org.dossier.indexer.internal.extract;

import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.Parser;

/**
 * How far Tika may go inside a file: archives in archives (zip bombs nest) and how many embedded documents in all.
 * Beyond the depth an embedded document is not opened and ends as a failed part with the reason; beyond the count
 * Tika stops opening entries and the file is marked truncated.
 *
 * @param maxDepth   deepest embedded document opened (a message in a mailbox is 1, its attachment 2)
 * @param maxEntries embedded documents opened per file
 */
public record ArchiveLimits(int maxDepth, int maxEntries) {

    public static final ArchiveLimits DEFAULTS = new ArchiveLimits(5, 10_000);

    public ArchiveLimits {
        if (maxDepth < 1 || maxEntries < 1) {
            throw new IllegalArgumentException("archive limits must be at least 1: depth " + maxDepth
                    + ", entries " + maxEntries);
        }
    }

    /**
     * The parser, refusing to open what lies deeper than {@link #maxDepth()}. Tika's recursive wrapper sets each
     * embedded document's depth in its metadata before it parses it; the container has none.
     */
    Parser guard(Parser parser) {
        int deepest = maxDepth; // the step keeps the number, not this record: a Tika parser is serializable
        return new AroundParse(parser, (guarded, stream, handler, metadata, context) -> {
            Integer depth = metadata.getInt(TikaCoreProperties.EMBEDDED_DEPTH);
            if (depth != null && depth > deepest) {
                metadata.set(TikaCoreProperties.EMBEDDED_EXCEPTION,
                        "nested more than " + deepest + " levels deep: not opened (archive depth limit)");
                return;
            }
            guarded.parse(stream, handler, metadata, context);
        });
    }
}
