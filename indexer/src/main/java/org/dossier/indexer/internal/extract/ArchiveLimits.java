package org.dossier.indexer.internal.extract;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

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

    /** The parser, refusing to open what lies deeper than {@link #maxDepth()}. */
    Parser guard(Parser parser) {
        return new DepthLimitedParser(parser, maxDepth);
    }

    /**
     * Tika's recursive wrapper sets each embedded document's depth in its metadata before it parses it; the
     * container has none.
     */
    private static final class DepthLimitedParser extends ParserDecorator {

        private final int maxDepth;

        DepthLimitedParser(Parser parser, int maxDepth) {
            super(parser);
            this.maxDepth = maxDepth;
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, TikaException {
            Integer depth = metadata.getInt(TikaCoreProperties.EMBEDDED_DEPTH);
            if (depth != null && depth > maxDepth) {
                metadata.set(TikaCoreProperties.EMBEDDED_EXCEPTION,
                        "nested more than " + maxDepth + " levels deep: not opened (archive depth limit)");
                return;
            }
            super.parse(stream, handler, metadata, context);
        }
    }
}
