package org.dossier.indexer.internal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.xml.sax.SAXException;

/**
 * Extracts an mbox message by message as it is read ({@link MboxMessages}): each message is parsed on its own, with
 * its own character limit, and handed over with its attachments before the next is read. The first messages of a
 * mailbox of many gigabytes are recorded, and searchable, long before its last are parsed; a message that cannot be
 * parsed is a failed part of its own and the others go on.
 */
final class MboxExtraction {

    static final String MEDIA_TYPE = "application/mbox";

    /** Parses one message into its parts, the message first. */
    @FunctionalInterface
    interface MessageParser {
        List<ExtractedPart> parse(InputStream message) throws IOException, TikaException, SAXException;
    }

    private MboxExtraction() {
    }

    static Extraction extract(Path file, MessageParser parser, PartSink sink) {
        int count = 0;
        try (InputStream in = Files.newInputStream(file)) {
            MboxMessages messages = new MboxMessages(in);
            sink.accept(List.of(container(file)));
            for (InputStream message = messages.next(); message != null; message = messages.next()) {
                count++;
                List<ExtractedPart> parts = parts(parser, message, "/message-" + count);
                if (!parts.isEmpty()) {
                    sink.accept(parts);
                }
            }
            return new Extraction.Streamed(count);
        } catch (IOException e) {
            return new Extraction.Failed("reading stopped after message " + count + ": " + PlainReasons.failed(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Extraction.Failed("indexing stopped while this file was parsed — the next run indexes it");
        }
    }

    private static ExtractedPart container(Path file) {
        return new ExtractedPart("", MEDIA_TYPE, file.getFileName().toString(), null, null, null, "", List.of(),
                List.of(), false, null);
    }

    /** The message's parts under its entry; an empty message gives none, one that cannot be parsed a failed part. */
    private static List<ExtractedPart> parts(MessageParser parser, InputStream message, String entry) {
        try {
            return parser.parse(message).stream().map(part -> part.under(entry)).toList();
        } catch (ZeroByteFileException e) {
            return List.of();
        } catch (IOException | TikaException | SAXException | RuntimeException | StackOverflowError e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return List.of(new ExtractedPart(entry, "message/rfc822", null, null, null, null, "", List.of(),
                    List.of(), false, cause.getClass().getName() + ": " + cause.getMessage()));
        }
    }
}
