package org.dossier.indexer.internal.extract;

import java.util.HexFormat;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.DigestingParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.digest.InputStreamDigester;
import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 of each embedded document's bytes (an attachment, an archive entry, a message), computed by Tika as it hands the
 * document to its parser: the same bytes filed as a memo and attached to an e-mail are then one document with two
 * places. The file itself is not hashed again here (the indexer hashes it before extraction).
 */
final class ContentDigest {

    /** Where Tika puts the digest in a document's metadata: its prefix, then the name given below. */
    private static final String METADATA_KEY = TikaCoreProperties.TIKA_META_PREFIX + "digest"
            + TikaCoreProperties.NAMESPACE_PREFIX_DELIMITER + "SHA256";

    /** The SHA-256 of no bytes at all. */
    private static final String NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /** Bytes kept in memory to hash an embedded stream before Tika spools a larger one to a temporary file. */
    private static final int MARK_LIMIT = 1 << 20;

    private ContentDigest() {
    }

    static Parser of(Parser parser) {
        return new DigestingParser(parser,
                new InputStreamDigester(MARK_LIMIT, "SHA-256", "SHA256", HexFormat.of()::formatHex), true);
    }

    /**
     * The digest of a document's bytes, or {@code null} when it had none to hash. Tika hands some embedded documents
     * to their parser as an object beside an empty stream (each message of a .pst, a message attached to one): the
     * SHA-256 of nothing would make every such message a copy of the first one indexed.
     */
    static @Nullable String of(Metadata metadata) {
        String digest = metadata.get(METADATA_KEY);
        return NOTHING.equals(digest) ? null : digest;
    }
}
