package org.dossier.indexer.internal.isolate;

import java.util.List;

import org.dossier.indexer.internal.extract.ArchiveLimits;
import org.dossier.indexer.internal.extract.Ocr;
import org.dossier.indexer.internal.extract.TikaExtractor;

/**
 * What a {@link TikaExtractor} is built from, so that a worker process builds the same one as this process would:
 * the settings travel to the worker as its program arguments.
 *
 * @param maxChars text kept per file
 * @param limits   how deep and how many embedded documents are opened
 * @param ocr      whether and how scans are OCRed
 */
public record ExtractorSettings(int maxChars, ArchiveLimits limits, Ocr ocr) {

    public String version() {
        return TikaExtractor.version(maxChars, ocr, limits);
    }

    public TikaExtractor newExtractor() {
        return new TikaExtractor(maxChars, ocr, limits);
    }

    List<String> toArguments() {
        return List.of(Integer.toString(maxChars), Integer.toString(limits.maxDepth()),
                Integer.toString(limits.maxEntries()), Boolean.toString(ocr.available()), ocr.languages(),
                Integer.toString(ocr.timeoutSeconds()));
    }

    static ExtractorSettings fromArguments(String[] args) {
        if (args.length != 6) {
            throw new IllegalArgumentException("expected 6 arguments (max chars, max depth, max entries, OCR available,"
                    + " OCR languages, OCR timeout), got " + List.of(args));
        }
        return new ExtractorSettings(Integer.parseInt(args[0]),
                new ArchiveLimits(Integer.parseInt(args[1]), Integer.parseInt(args[2])),
                new Ocr(Boolean.parseBoolean(args[3]), args[4], Integer.parseInt(args[5])));
    }
}
