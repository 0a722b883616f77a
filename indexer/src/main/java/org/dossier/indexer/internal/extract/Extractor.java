package org.dossier.indexer.internal.extract;

import java.nio.file.Path;

/**
 * Turns one file into its text and metadata. Implementations never throw for a file that cannot be read: a broken,
 * hostile or unsupported file is an {@link Extraction.Failed} or {@link Extraction.Skipped} with a plain reason.
 * Implementations are safe to call from several threads at once.
 */
public interface Extractor {

    Extraction extract(Path file);

    /**
     * Extracts a file, handing the parts of a container that is read as a stream (an mbox) to {@code early} as they
     * are read, and then returning {@link Extraction.Streamed}; any other file is extracted whole and returned, and
     * {@code early} hears nothing. Implementations that do not stream extract every file whole.
     */
    default Extraction extract(Path file, PartSink early) {
        return extract(file);
    }

    /**
     * What decides the output: parser version and settings. A file indexed under another version is indexed again,
     * so a Tika upgrade or a new OCR language reaches files that did not change.
     */
    default String version() {
        return getClass().getSimpleName();
    }
}
