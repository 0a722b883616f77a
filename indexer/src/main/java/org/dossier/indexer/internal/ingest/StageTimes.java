package org.dossier.indexer.internal.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where indexing's time goes, stage by stage, summed over every run of one {@link SourceIndexing}: what says which
 * stage bounds its speed (the bench {@code indexing-throughput} reports it). Hashing and extraction run on the parse
 * threads, several files at once, so their sums can exceed the wall time; the other stages run one after another on
 * the thread that records, and {@link Stage#WAIT_FOR_PARSE} is how long it sat idle waiting for a parse.
 */
public final class StageTimes {

    /** A stage of indexing a file. */
    public enum Stage {
        /** SHA-256 of the file's bytes (parse threads). */
        HASH,
        /** Text extraction, in a worker JVM when isolated: the call as the parse thread sees it. */
        EXTRACT,
        /** The recording thread waiting for the next file's parse. */
        WAIT_FOR_PARSE,
        /** Cutting extracted text into passages. */
        CHUNK,
        /** The H2 catalog: a row per document and part, and marking them committed. */
        CATALOG,
        /** The Lucene index: adding passages and committing them. */
        INDEX
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    StageTimes() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    <T> T time(Stage stage, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - started);
        }
    }

    void time(Stage stage, Runnable work) {
        long started = System.nanoTime();
        try {
            work.run();
        } finally {
            add(stage, System.nanoTime() - started);
        }
    }

    void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    /** Time spent in each stage so far. */
    public Map<Stage, Duration> totals() {
        Map<Stage, Duration> totals = new EnumMap<>(Stage.class);
        nanos.forEach((stage, sum) -> totals.put(stage, Duration.ofNanos(sum.sum())));
        return totals;
    }
}
