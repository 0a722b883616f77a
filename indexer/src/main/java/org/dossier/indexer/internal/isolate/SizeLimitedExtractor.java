package org.dossier.indexer.internal.isolate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.PartSink;
import org.jspecify.annotations.Nullable;

/**
 * Leaves files above a size limit alone, without opening them, and hands the others to the extractor it wraps
 * (which it closes with itself).
 */
public final class SizeLimitedExtractor implements Extractor, AutoCloseable {

    private final long maxBytes;
    private final Extractor extractor;

    @Override
    public String version() {
        return extractor.version() + ", files up to " + maxBytes + " bytes";
    }

    public SizeLimitedExtractor(long maxBytes, Extractor extractor) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the file size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.extractor = extractor;
    }

    @Override
    public Extraction extract(Path file) {
        Extraction.Skipped tooLarge = tooLarge(file);
        return tooLarge != null ? tooLarge : extractor.extract(file);
    }

    @Override
    public Extraction extract(Path file, PartSink early) {
        Extraction.Skipped tooLarge = tooLarge(file);
        return tooLarge != null ? tooLarge : extractor.extract(file, early);
    }

    private Extraction.@Nullable Skipped tooLarge(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return null; // the extractor fails on it with its own reason
        }
        if (size <= maxBytes) {
            return null;
        }
        return new Extraction.Skipped("too large (" + human(size) + ", over the " + human(maxBytes) + " limit) — raise "
                + "dossier.indexer.max-file-size to index it");
    }

    @Override
    public void close() throws Exception {
        if (extractor instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** A size as people say it: 512 MB, 1.5 GB, 700 KB (powers of 1024, as Spring's DataSize reads "200MB"). */
    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            double gigabytes = bytes / (double) (1L << 30);
            return gigabytes == Math.rint(gigabytes) ? (long) gigabytes + " GB"
                    : String.format(Locale.ROOT, "%.1f GB", gigabytes);
        }
        if (bytes >= 1L << 20) {
            return bytes / (1L << 20) + " MB";
        }
        if (bytes >= 1L << 10) {
            return bytes / (1L << 10) + " KB";
        }
        return bytes + " bytes";
    }
}
