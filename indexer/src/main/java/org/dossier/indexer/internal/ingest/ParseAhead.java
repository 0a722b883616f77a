package org.dossier.indexer.internal.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses the next files on a few threads while the caller records earlier ones: the caller submits files in order
 * and takes them back in the same order, so the catalog and the index are still written by one thread, file after
 * file. At most {@code 2 × threads} files are in hand at once, and of a streamed container (an mbox) only a few
 * messages ({@link PartHandoff}), which bounds the memory their text takes.
 */
final class ParseAhead implements AutoCloseable {

    /**
     * A file being parsed: the parts of a streamed container come through {@code early} as they are read, the
     * rest once the parse ends ({@link #parsed()}).
     */
    record InHand(FileIndexer.FoundFile file, PartHandoff early, Future<FileIndexer.Parsed> rest) {

        /** What parsing gave, once it has ended (after the last of the early parts). */
        FileIndexer.Parsed parsed() {
            try {
                return rest.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a file to be parsed", e);
            } catch (ExecutionException | CancellationException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("parsing failed: " + cause.getMessage(), cause);
            }
        }
    }

    private final FileIndexer fileIndexer;
    private final ExecutorService threads;
    private final int window;
    private final Deque<InHand> inHand = new ArrayDeque<>();

    ParseAhead(FileIndexer fileIndexer, int threads) {
        this.fileIndexer = fileIndexer;
        this.threads = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("dossier-parse-", 1)
                .daemon(true).factory());
        this.window = 2 * threads;
    }

    void submit(FileIndexer.FoundFile file) {
        PartHandoff early = new PartHandoff();
        inHand.addLast(new InHand(file, early, threads.submit(() -> {
            try {
                return fileIndexer.parse(file, early);
            } finally {
                early.end();
            }
        })));
    }

    /** Whether the caller should take a file back before it submits another. */
    boolean full() {
        return inHand.size() >= window;
    }

    boolean isEmpty() {
        return inHand.isEmpty();
    }

    /** The oldest file submitted: its parse may still be going on. */
    InHand next() {
        return inHand.removeFirst();
    }

    /** Files still in hand when the run stops early are abandoned; their parses are interrupted. */
    @Override
    public void close() {
        inHand.forEach(file -> file.rest().cancel(true));
        inHand.clear();
        threads.shutdownNow();
    }
}
