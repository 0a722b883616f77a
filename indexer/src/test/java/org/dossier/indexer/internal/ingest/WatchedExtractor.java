package org.dossier.indexer.internal.ingest;

import java.nio.file.Path;

import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.PartSink;

/**
 * A real extractor, with a look at each group of parts of a streamed container (an mbox's message) just before it
 * is handed over to be recorded: for tests that act at a given message (check the index, cancel the run).
 */
record WatchedExtractor(Extractor extractor, PartSink watcher) implements Extractor {

    @Override
    public Extraction extract(Path file) {
        return extractor.extract(file);
    }

    @Override
    public Extraction extract(Path file, PartSink early) {
        return extractor.extract(file, parts -> {
            watcher.accept(parts);
            early.accept(parts);
        });
    }

    @Override
    public String version() {
        return extractor.version();
    }
}
