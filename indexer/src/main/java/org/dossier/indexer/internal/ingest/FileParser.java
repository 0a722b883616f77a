package org.dossier.indexer.internal.ingest;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.dossier.engine.FileSha256;
import org.dossier.indexer.internal.catalog.Catalog;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Extractor;

/**
 * The reading half of indexing a file: hashes and extracts it once it holds still ({@link SteadyRead}), unless its
 * bytes are indexed at another place already. Reads the catalog, never writes it nor the index, so it runs on the
 * parse threads while the recording thread records earlier files.
 */
record FileParser(Extractor extractor, Catalog reads, SteadyRead steady, StageTimes times) {

    /** The parts of a streamed container go to {@code early} as they are read. */
    FileIndexer.Parsed parse(FileIndexer.FoundFile file, PartHandoff early) {
        return parse(file, early::hashed, path -> extractor.extract(path, early));
    }

    /** For a caller that records the file itself on the same thread: a container's messages are gathered. */
    FileIndexer.Parsed parse(FileIndexer.FoundFile file) {
        return parse(file, sha256 -> { }, extractor::extract);
    }

    /** The whole file extracted, no questions asked: the original it was a copy of has gone meanwhile. */
    Extraction extract(Path file) {
        return extractor.extract(file);
    }

    private FileIndexer.Parsed parse(FileIndexer.FoundFile file, Consumer<String> hashed,
                                     Function<Path, Extraction> extract) {
        return steady.read(file, steadyFile -> {
            long started = System.nanoTime();
            String sha256;
            try {
                sha256 = FileSha256.of(steadyFile.absolute());
            } finally {
                times.add(StageTimes.Stage.HASH, System.nanoTime() - started);
            }
            Optional<Long> original = reads.originalElsewhere(sha256, steadyFile.sourceId(), steadyFile.relativePath());
            if (original.isPresent()) {
                return new FileIndexer.Parsed(steadyFile, sha256, null, original.get());
            }
            hashed.accept(sha256);
            return new FileIndexer.Parsed(steadyFile, sha256,
                    times.time(StageTimes.Stage.EXTRACT, () -> extract.apply(steadyFile.absolute())));
        });
    }
}
