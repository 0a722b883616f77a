package org.dossier.indexer.internal.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.extract.PartSink;
import org.jspecify.annotations.Nullable;

/**
 * Hands the parts of a streamed container (an mbox) from the thread that parses it to the thread that records it,
 * a few messages at a time: when the recorder falls behind, the parser waits. A file that is not streamed passes
 * nothing here but its end.
 */
final class PartHandoff implements PartSink {

    /** Messages parsed ahead of the one being recorded. */
    private static final int AHEAD = 4;
    private static final List<ExtractedPart> END = Collections.unmodifiableList(new ArrayList<>());

    private final BlockingQueue<List<ExtractedPart>> queue = new ArrayBlockingQueue<>(AHEAD);
    private volatile String sha256 = "";

    /** The file's SHA-256, known before its first part: every part is recorded with it. */
    void hashed(String sha256) {
        this.sha256 = sha256;
    }

    String sha256() {
        return sha256;
    }

    @Override
    public void accept(List<ExtractedPart> parts) throws InterruptedException {
        queue.put(parts);
    }

    /** The parser is done with the file, whatever became of it. */
    void end() {
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // abandoned (a cancel): nobody waits for the end
        }
    }

    /** The next group of parts, or {@code null} once the parser is done with the file. */
    @Nullable List<ExtractedPart> next() {
        try {
            List<ExtractedPart> parts = queue.take();
            return parts == END ? null : parts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a file to be parsed", e);
        }
    }
}
