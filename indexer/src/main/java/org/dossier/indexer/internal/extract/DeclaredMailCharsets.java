package org.dossier.indexer.internal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads a mail body in the charset its MIME header declares. Tika's RFC822Parser (3.3.1) hands a message's own text
 * to the text and HTML parsers with empty metadata, so they guess the charset, and a Turkish body declared
 * ISO-8859-9 or windows-1254 comes out as Latin-1 ("þirketine" for "şirketine"). Here, before a message is parsed,
 * the charsets of its text parts are read from its MIME headers; while its body is parsed the encoding detector
 * answers with them. Attachments and every other document are detected as Tika always does (each document parse
 * opens a frame without charsets, which the message parser fills).
 *
 * <p>One instance per file, in the file's {@link ParseContext}; the decorators are stateless and shared.
 */
final class DeclaredMailCharsets implements EncodingDetector {

    /** Enough to tell UTF-8 from a legacy charset. */
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/html");

    /** Tika's detectors (HTML meta, universalchardet, ICU), found once: each call keeps its state to itself. */
    private static final EncodingDetector TIKA_DEFAULT = new DefaultEncodingDetector();

    private final Deque<List<Charset>> frames = new ArrayDeque<>();

    /** Installs a fresh instance, as the context's encoding detector, for one file. */
    static void install(ParseContext context) {
        DeclaredMailCharsets charsets = new DeclaredMailCharsets();
        context.set(DeclaredMailCharsets.class, charsets);
        context.set(EncodingDetector.class, charsets);
    }

    /** Wraps the parser of every document, so that a document inside a message is not read in its charsets. */
    static Parser everyDocument(Parser parser) {
        return framing(parser, false);
    }

    /** Wraps the parser of {@code message/rfc822}, which reads the message's declared charsets first. */
    static Parser messages(Parser rfc822) {
        return framing(rfc822, true);
    }

    /** Opens a frame for a document: empty, or for a message the charsets its text parts declare. */
    private static Parser framing(Parser parser, boolean readsDeclaredCharsets) {
        return new AroundParse(parser, (framed, stream, handler, metadata, context) -> {
            DeclaredMailCharsets charsets = context.get(DeclaredMailCharsets.class);
            if (charsets == null) {
                framed.parse(stream, handler, metadata, context);
                return;
            }
            TikaInputStream input = TikaInputStream.get(stream);
            charsets.frames.push(readsDeclaredCharsets ? declared(input) : List.of());
            try {
                framed.parse(input, handler, metadata, context);
            } finally {
                charsets.frames.pop();
            }
        });
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        List<Charset> declared = frames.peek();
        boolean messageBody = metadata.get(Metadata.CONTENT_TYPE) == null
                && metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) == null;
        if (declared != null && !declared.isEmpty() && messageBody) {
            Charset chosen = choose(declared, input);
            if (chosen != null) {
                return chosen;
            }
        }
        return TIKA_DEFAULT.detect(input, metadata);
    }

    /**
     * One declared charset is the answer, unless it is UTF-8 and the bytes are not. With several (a plain and an
     * HTML part in different charsets) the bytes decide between UTF-8 and the one other; beyond that Tika guesses.
     */
    private static @Nullable Charset choose(List<Charset> declared, InputStream input) throws IOException {
        List<Charset> legacy = declared.stream().filter(c -> !c.equals(StandardCharsets.UTF_8)).distinct().toList();
        if (legacy.size() == 1 && legacy.size() == declared.stream().distinct().count()) {
            return legacy.getFirst();
        }
        boolean utf8 = isUtf8(input);
        if (utf8 && declared.contains(StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        return !utf8 && legacy.size() == 1 ? legacy.getFirst() : null;
    }

    private static boolean isUtf8(InputStream input) throws IOException {
        if (!input.markSupported()) {
            return false;
        }
        input.mark(SNIFF_BYTES);
        byte[] head;
        try {
            head = input.readNBytes(SNIFF_BYTES);
        } finally {
            input.reset();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // not the end of input: a character cut at the sniff limit is not an error
        return !decoder.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false).isError();
    }

    /** The charsets the text parts of a message declare, attachments and enclosed messages left out. */
    private static List<Charset> declaredIn(InputStream message) throws IOException {
        MimeTokenStream tokens = new MimeTokenStream(MimeConfig.PERMISSIVE, new DefaultBodyDescriptorBuilder());
        tokens.setRecursionMode(RecursionMode.M_NO_RECURSE);
        tokens.parse(message);
        List<Charset> charsets = new ArrayList<>();
        try {
            for (EntityState state = tokens.getState(); state != EntityState.T_END_OF_STREAM; state = tokens.next()) {
                if (state == EntityState.T_BODY && isInlineText(tokens.getBodyDescriptor())) {
                    Charset charset = charset(tokens.getBodyDescriptor().getCharset());
                    if (charset != null && !charsets.contains(charset)) {
                        charsets.add(charset);
                    }
                }
            }
        } catch (MimeException e) {
            return List.of(); // Tika's own parse will meet the same problem and report it
        }
        return charsets;
    }

    private static boolean isInlineText(BodyDescriptor body) {
        boolean attachment = body instanceof MaximalBodyDescriptor maximal
                && "attachment".equalsIgnoreCase(maximal.getContentDispositionType());
        return !attachment && TEXT_TYPES.contains(body.getMimeType());
    }

    /** US-ASCII is mime4j's default when nothing is declared: no information, so Tika guesses as before. */
    private static @Nullable Charset charset(@Nullable String name) {
        try {
            Charset charset = name == null ? null : Charset.forName(name);
            return StandardCharsets.US_ASCII.equals(charset) ? null : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Read from the file when there is one; otherwise (a message inside an mbox) from memory and back. */
    private static List<Charset> declared(TikaInputStream input) throws IOException {
        if (input.hasFile()) {
            try (InputStream file = Files.newInputStream(input.getPath())) {
                return declaredIn(file);
            }
        }
        input.mark(Integer.MAX_VALUE);
        try {
            return declaredIn(CloseShieldInputStream.wrap(input));
        } finally {
            input.reset();
        }
    }
}
