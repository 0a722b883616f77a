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
     * What decides the output: parser version and settings. A file indexed under another version is indexed again,
     * so a Tika upgrade or a new OCR language reaches files that did not change.
     */
    default String version() {
        return getClass().getSimpleName();
    }
}
