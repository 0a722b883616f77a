package org.dossier.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The baseline: plain Tika text extraction, the least any indexer built on Tika must do. Embedded documents are
 * parsed too (mailbox messages, attachments), as Dossier parses them, so both sides read the same content.
 */
final class RawTika {

    /** One pass over the files: how long it took and how many files the parser gave up on. */
    record Pass(Duration elapsed, int failed, long chars) {
    }

    private final AutoDetectParser parser = new AutoDetectParser();

    Pass parseAll(List<Path> files) {
        int failed = 0;
        long chars = 0;
        long started = System.nanoTime();
        for (Path file : files) {
            BodyContentHandler handler = new BodyContentHandler(-1);
            ParseContext context = new ParseContext();
            context.set(Parser.class, parser);
            // The file name goes with the stream, as Dossier's extractor passes it: detection then uses the
            // extension too, and the baseline does not pay for a harder detection than Dossier does.
            Metadata metadata = new Metadata();
            try (TikaInputStream input = TikaInputStream.get(file, metadata)) {
                parser.parse(input, handler, metadata, context);
            } catch (Exception e) {
                failed++; // counted, not fatal: Dossier records such a file as failed and goes on too
            }
            chars += handler.toString().length();
        }
        return new Pass(Duration.ofNanos(System.nanoTime() - started), failed, chars);
    }
}
