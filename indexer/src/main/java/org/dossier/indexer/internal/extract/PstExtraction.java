package org.dossier.indexer.internal.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.Parser;
import org.xml.sax.SAXException;

/**
 * Extracts an Outlook .pst (or .ost) message by message as it is read. Tika's own .pst parser walks the folders and
 * hands each message, as an embedded document, to Tika's message parser; here the parse is the same as for a whole
 * file, but each message is handed over with its attachments the moment Tika ends it ({@link PartCollector}), and
 * only then does Tika read the next. The messages' text, headers, folders, entries and attachments are what a whole
 * parse gives; as in an mbox, each message has its own character and entry limits, so that one long message does not
 * end the file. The file itself is handed over first, without text: its folder names are in its messages.
 */
final class PstExtraction {

    static final String MEDIA_TYPE = "application/vnd.ms-outlook-pst";

    /** Tika's parse of the whole file into a collector, with {@code around} wrapped around Tika's parser. */
    @FunctionalInterface
    interface WholeParse {
        Extraction parse(PartCollector collector, UnaryOperator<Parser> around);
    }

    private PstExtraction() {
    }

    /**
     * @return {@link Extraction.Streamed} once every message is handed over; {@link Extraction.Failed} when reading
     *         stopped after some; when Tika found no message, nothing is handed over and the file ends as a file of
     *         its own (failed with Tika's reason, or, its folder names not kept, without text)
     */
    static Extraction extract(Path file, int maxChars, int maxEmbedded, WholeParse whole, PartSink sink) {
        ContainerFirst handedOver = new ContainerFirst(container(file), sink);
        Extraction end = whole.parse(PartCollector.messageByMessage(maxChars, maxEmbedded, handedOver),
                PstExtraction::ownLimitPerMessage);
        if (handedOver.stopped) {
            Thread.currentThread().interrupt();
            return new Extraction.Failed("indexing stopped while this file was parsed — the next run indexes it");
        }
        if (handedOver.messages == 0) {
            return end;
        }
        return end instanceof Extraction.Failed failed
                ? new Extraction.Failed("reading stopped after message " + handedOver.messages + ": " + failed.reason())
                : new Extraction.Streamed(handedOver.messages);
    }

    private static ExtractedPart container(Path file) {
        return new ExtractedPart("", MEDIA_TYPE, file.getFileName().toString(), null, null, null, "", List.of(),
                List.of(), false, null);
    }

    /** Hands the file over just before its first message: a file in which Tika finds none is not streamed at all. */
    private static final class ContainerFirst implements PartSink {

        private final ExtractedPart container;
        private final PartSink sink;
        private int messages;
        private boolean stopped;

        ContainerFirst(ExtractedPart container, PartSink sink) {
            this.container = container;
            this.sink = sink;
        }

        @Override
        public void accept(List<ExtractedPart> parts) throws InterruptedException {
            try {
                if (messages == 0) {
                    sink.accept(List.of(container));
                }
                sink.accept(parts);
                messages++;
            } catch (InterruptedException e) {
                stopped = true;
                throw e;
            }
        }
    }

    /**
     * A message whose text reaches its limit ends there, marked cut, and the parse goes on with the next message. Tika
     * ends the whole parse at the first limit reached, which for a file with one budget is right (a 1 GB CSV is read
     * no further than its limit) and for a mailbox with one budget per message would drop every later message.
     */
    private static Parser ownLimitPerMessage(Parser parser) {
        return new AroundParse(parser, (wrapped, stream, handler, metadata, context) -> {
            try {
                wrapped.parse(stream, handler, metadata, context);
            } catch (SAXException | TikaException e) {
                Integer depth = metadata.getInt(TikaCoreProperties.EMBEDDED_DEPTH);
                if (depth == null || depth != 1 || !WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw e;
                }
                metadata.set(TikaCoreProperties.WRITE_LIMIT_REACHED, "true");
            }
        });
    }
}
