package org.dossier.indexer.internal.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.NoSuchElementException;

import org.apache.tika.Tika;
import org.dossier.engine.FileSha256;
import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.OriginalFile;
import org.dossier.indexer.OriginalFiles;
import org.dossier.indexer.OriginalUnavailableException;
import org.dossier.indexer.SourceRecord;

/**
 * Originals read from the sources, as the catalog recorded them: the file is found from the document's id (its
 * source folder and its path there), must lie inside the source with no symbolic link on the way, and must still
 * have the size, time and SHA-256 it was indexed with. Only ever opened for reading.
 */
public final class SourceOriginals implements OriginalFiles {

    /**
     * Detection only (magic bytes and name): no parser runs here. Made on first use: creating a Tika loads every
     * parser class it knows (seconds), which a command that never serves an original must not pay at start-up.
     */
    private static final class Detection {
        static final Tika TIKA = new Tika();
    }

    private final DocumentCatalog catalog;

    public SourceOriginals(DocumentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public OriginalFile open(long documentId) {
        DocumentRecord document = catalog.find(documentId)
                .orElseThrow(() -> new NoSuchElementException("No document " + documentId + " in the catalog."));
        if (!document.entry().isEmpty()) {
            throw new OriginalUnavailableException("This document lies inside " + document.path()
                    + ": its original is part of that file.");
        }
        SourceRecord source = catalog.findSource(document.sourceId()).orElseThrow(
                () -> new OriginalUnavailableException("The source of " + document.path() + " was removed."));
        Path root = source.path().toAbsolutePath().normalize();
        Path file = root.resolve(document.path()).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new OriginalUnavailableException(document.path() + " is not inside its source folder.");
        }
        try {
            refuseLinks(root, file);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                throw new OriginalUnavailableException(document.path() + " is no longer a regular file.");
            }
            if (attributes.size() != document.sizeBytes()
                    || attributes.lastModifiedTime().toMillis() != document.modifiedAt().toEpochMilli()
                    || !FileSha256.of(file).equals(document.sha256())) {
                throw new OriginalUnavailableException(document.path() + " changed since it was indexed (its size, "
                        + "time or SHA-256 differ): index the source again to see the new version.");
            }
        } catch (NoSuchFileException e) {
            throw new OriginalUnavailableException(document.path() + " is no longer in " + root + ".");
        } catch (IOException e) {
            throw new OriginalUnavailableException(document.path() + " cannot be read: " + e.getMessage());
        }
        long size = document.sizeBytes();
        return new OriginalFile(document, file.getFileName().toString(), size, mediaType(document, file), out -> {
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                in.transferTo(new LimitedOutput(out, size));
            }
        });
    }

    private static String mediaType(DocumentRecord document, Path file) {
        if (document.mediaType() != null) {
            return document.mediaType();
        }
        try {
            return Detection.TIKA.detect(file);
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /** A symbolic link anywhere from the source folder down to the file would lead outside what was indexed. */
    private static void refuseLinks(Path root, Path file) {
        Path at = root;
        for (Path part : root.relativize(file)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw new OriginalUnavailableException(root.relativize(file) + " is reached through a symbolic link.");
            }
        }
    }

    /** Passes on at most a number of bytes: a file that grew after the check is cut where it was indexed. */
    private static final class LimitedOutput extends java.io.FilterOutputStream {

        private long left;

        LimitedOutput(java.io.OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left > 0) {
                out.write(b);
                left--;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int n = (int) Math.min(length, left);
            if (n > 0) {
                out.write(bytes, offset, n);
                left -= n;
            }
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
