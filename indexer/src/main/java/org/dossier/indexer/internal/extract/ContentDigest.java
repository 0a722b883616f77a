package org.dossier.indexer.internal.extract;

import java.util.HexFormat;

import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.DigestingParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.digest.InputStreamDigester;

/**
 * The SHA-256 of each embedded document's bytes (an attachment, an archive entry, a message), computed by Tika as it hands the
 * document to its parser: the same bytes filed as a memo and attached to an e-mail are then one document with two
 * places. The file itself is not hashed again here (the indexer hashes it before extraction).
 */
final class ContentDigest {

    /** Where Tika puts the digest in a document's metadata: its prefix, then the name given below. */
    static final String METADATA_KEY = TikaCoreProperties.TIKA_META_PREFIX + "digest"
            + TikaCoreProperties.NAMESPACE_PREFIX_DELIMITER + "SHA256";

    /** Bytes kept in memory to hash an embedded stream before Tika spools a larger one to a temporary file. */
    private static final int MARK_LIMIT = 1 << 20;

    private ContentDigest() {
    }

    static Parser of(Parser parser) {
        return new DigestingParser(parser,
                new InputStreamDigester(MARK_LIMIT, "SHA-256", "SHA256", HexFormat.of()::formatHex), true);
    }
}
