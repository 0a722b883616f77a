package org.dossier.indexer.internal.extract;

import org.dossier.indexer.Location;

/** A page, slide or sheet of a document: where it begins in the extracted text, and how to cite it. */
public record Section(int start, Location location) {

    public Section {
        if (start < 0) {
            throw new IllegalArgumentException("a section cannot start before the text: " + start);
        }
    }
}
