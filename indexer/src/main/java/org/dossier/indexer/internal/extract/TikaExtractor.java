package org.dossier.indexer.internal.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Extracts a file with Apache Tika, in this process, into one part per document (the file, each message of a
 * mailbox, each attachment, each entry of an archive). Scans and images are OCRed when Tesseract is installed
 * ({@link Ocr}). The file is only ever opened for reading.
 */
public final class TikaExtractor implements Extractor {

    /**
     * What Dossier takes from Tika's output, versioned, so that files indexed under older rules are extracted again
     * when the rules change and Tika's version does not. r2: pages, slides, sheets, entry addresses through nested
     * archives. r3: also typed mail headers (To, Cc, In-Reply-To, References, .pst folder), mail bodies in their
     * declared charset, .pst messages recognised as messages. r4: an mbox read message by message, each message
     * with its own character limit. r5: the SHA-256 of every embedded document, so that an attachment or entry
     * already indexed elsewhere is recorded as a copy. r6: a .pst read message by message, each message with its own
     * limits; no digest for a document Tika hands over without bytes (a .pst message), which made the first message
     * of a .pst the original of all the others.
     */
    private static final String RULES = "parts r6";

    /** How an mbox begins: its first message's "From " line (Tika's magic for application/mbox starts there). */
    private static final byte[] MBOX_START = "From ".getBytes(StandardCharsets.US_ASCII);
    /** How a .pst or .ost begins (Tika's magic for application/vnd.ms-outlook-pst starts there). */
    private static final byte[] PST_START = "!BDN".getBytes(StandardCharsets.US_ASCII);

    /** Tika's parsers, with the mail parser reading the charsets a message declares (see DeclaredMailCharsets). */
    private final Parser parser = DeclaredMailCharsets.everyDocument(new AutoDetectParser(
            new DefaultParser(), DeclaredMailCharsets.messages(new RFC822Parser())));
    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final int maxChars;
    private final Ocr ocr;
    private final ArchiveLimits limits;

    /** With OCR when Tesseract is installed, in English. */
    public TikaExtractor(int maxChars) {
        this(maxChars, Ocr.detect("eng", 120));
    }

    public TikaExtractor(int maxChars, Ocr ocr) {
        this(maxChars, ocr, ArchiveLimits.DEFAULTS);
    }

    public TikaExtractor(int maxChars, Ocr ocr, ArchiveLimits limits) {
        this.maxChars = maxChars;
        this.ocr = ocr;
        this.limits = limits;
    }

    @Override
    public String version() {
        return version(maxChars, ocr, limits);
    }

    /** The version string of an extractor with these settings, without building one. */
    public static String version(int maxChars, Ocr ocr, ArchiveLimits limits) {
        return "tika " + org.apache.tika.Tika.getString() + " (" + RULES + "), " + maxChars + " chars, OCR "
                + (ocr.available() ? ocr.languages() : "off") + ", archives " + limits.maxDepth() + " deep "
                + limits.maxEntries() + " entries";
    }

    /**
     * The file's parts at once; a mailbox (mbox, .pst) is still parsed message by message, as
     * {@link #extract(Path, PartSink)} does, so that both give the same parts.
     */
    @Override
    public Extraction extract(Path file) {
        return streamedType(file) != null ? Extraction.gathered(early -> extract(file, early)) : extractWhole(file);
    }

    private Extraction extractWhole(Path file) {
        return extractWhole(file, new PartCollector(maxChars, limits.maxEntries()), UnaryOperator.identity());
    }

    /** @param around wrapped around Tika's parser (see {@link PstExtraction}) */
    private Extraction extractWhole(Path file, PartCollector collector, UnaryOperator<Parser> around) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream input = TikaInputStream.get(file, metadata)) {
            return extractWhole(input, metadata, collector, around);
        } catch (IOException e) {
            return new Extraction.Failed(PlainReasons.failed(e));
        }
    }

    /**
     * One file's parts from a stream the caller opened and closes (tests count what the parser read of it). The text
     * limit ends the parse where it is reached: a 1 GB CSV is read as far as its first {@code maxChars} characters,
     * not to its end ({@link PartCollector}).
     */
    Extraction extractWhole(TikaInputStream input, Metadata metadata) {
        return extractWhole(input, metadata, new PartCollector(maxChars, limits.maxEntries()), UnaryOperator.identity());
    }

    private Extraction extractWhole(TikaInputStream input, Metadata metadata, PartCollector collector,
                                    UnaryOperator<Parser> around) {
        try {
            new RecursiveParserWrapper(around.apply(ContentDigest.of(limits.guard(parser))), true)
                    .parse(input, collector, metadata, context());
        } catch (ZeroByteFileException e) {
            return new Extraction.Skipped(PlainReasons.EMPTY_FILE);
        } catch (EncryptedDocumentException e) {
            return new Extraction.Skipped(PlainReasons.ENCRYPTED);
        } catch (IOException | TikaException | SAXException | RuntimeException e) {
            return new Extraction.Failed(PlainReasons.failed(e));
        }
        return outcome(collector.parts());
    }

    /** A mailbox (mbox, .pst, .ost) is read and handed over message by message; any other file is extracted whole. */
    @Override
    public Extraction extract(Path file, PartSink early) {
        String type = streamedType(file);
        if (MboxExtraction.MEDIA_TYPE.equals(type)) {
            return MboxExtraction.extract(file, this::parseMessage, early);
        }
        if (PstExtraction.MEDIA_TYPE.equals(type)) {
            return PstExtraction.extract(file, maxChars, limits.maxEntries(),
                    (collector, around) -> extractWhole(file, collector, around), early);
        }
        return extractWhole(file);
    }

    /** The media type of a mailbox read as a stream, or {@code null} for any other file. */
    private @Nullable String streamedType(Path file) {
        if (!mayBeMailbox(file)) {
            return null;
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream input = TikaInputStream.get(file, metadata)) {
            String type = detector.detect(input, metadata).getBaseType().toString();
            return MboxExtraction.MEDIA_TYPE.equals(type) || PstExtraction.MEDIA_TYPE.equals(type) ? type : null;
        } catch (IOException e) {
            return null; // extracted whole, and failing there with its reason
        }
    }

    /**
     * Tika knows an mbox by its name ({@code *.mbox}) or by its magic, which begins with {@code "From "} at the first
     * byte, and a .pst or .ost by its name or its magic {@code "!BDN"}: a file with none of them is no mailbox, and is
     * spared Tika's detection here, which the parser runs again. Detection tries every type's magic, and for a small
     * file it was a third of the parse (profiled on 3,000 notes).
     */
    static boolean mayBeMailbox(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mbox") || name.endsWith(".pst") || name.endsWith(".ost")) {
            return true;
        }
        byte[] head = new byte[MBOX_START.length];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            return startsWith(head, read, MBOX_START) || startsWith(head, read, PST_START);
        } catch (IOException e) {
            return false; // extracted whole, and failing there with its reason
        }
    }

    private static boolean startsWith(byte[] head, int read, byte[] start) {
        return read >= start.length && Arrays.equals(head, 0, start.length, start, 0, start.length);
    }

    /** One message of an mbox, parsed as a file of its own: its limits are its own. */
    private List<ExtractedPart> parseMessage(InputStream message) throws IOException, TikaException, SAXException {
        PartCollector collector = new PartCollector(maxChars, limits.maxEntries());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, "message/rfc822");
        try (TikaInputStream input = TikaInputStream.get(message)) {
            new RecursiveParserWrapper(limits.guard(parser), true).parse(input, collector, metadata, context());
        }
        return collector.parts();
    }

    /** A fresh context per file: Tika's configs are mutable and a parse may change them. */
    private ParseContext context() {
        ParseContext context = new ParseContext();
        DeclaredMailCharsets.install(context);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocr.available());
        if (ocr.available()) {
            tesseract.setLanguage(ocr.languages());
            tesseract.setTimeoutSeconds(ocr.timeoutSeconds());
        }
        context.set(TesseractOCRConfig.class, tesseract);
        PDFParserConfig pdf = new PDFParserConfig();
        // AUTO: pages with text keep it; pages that are only a scan are OCRed.
        pdf.setOcrStrategy(ocr.available() ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private Extraction outcome(List<ExtractedPart> parts) {
        if (parts.isEmpty()) {
            return new Extraction.Failed(PlainReasons.NOTHING_RETURNED);
        }
        if (parts.stream().noneMatch(ExtractedPart::hasText)) {
            String type = parts.getFirst().mediaType();
            if (type == null || type.startsWith("application/octet-stream")) {
                return new Extraction.Skipped(PlainReasons.UNSUPPORTED);
            }
            boolean scannable = type.startsWith("image/") || type.startsWith("application/pdf");
            if (scannable && !ocr.available()) {
                return new Extraction.Skipped(Ocr.NEEDS_OCR);
            }
            if (scannable) {
                return new Extraction.Skipped(PlainReasons.NO_TEXT_AFTER_OCR);
            }
            return new Extraction.Skipped(PlainReasons.noText(type));
        }
        return new Extraction.Extracted(parts);
    }

}
