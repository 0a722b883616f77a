package org.dossier.indexer.internal.isolate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;

import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Extractor;
import org.dossier.indexer.internal.extract.PartSink;

/**
 * Extracts each file in a separate worker JVM with a heap limit and a timeout, so that a parser that hangs, crashes
 * or runs out of memory ends that file as failed, with a plain reason, and the import goes on. Up to {@code workers}
 * files are parsed at once, each by its own worker; workers start on first use and are kept for the next files (a
 * JVM takes about a second to start), and a worker that misbehaved is replaced. Safe to use from several threads.
 */
public final class IsolatedExtractor implements Extractor, AutoCloseable {

    static final String TIMED_OUT = "the parser took longer than %s and was stopped — the file may be built "
            + "to hang parsers, or just very large: raise dossier.indexer.parse-timeout to give it longer";

    private final WorkerCommand command;
    private String version = "isolated tika";
    private final Duration timeout;
    /*
     * How long a worker JVM may take to start and say it is ready. Not a file's fault when it is slow: on a busy
     * machine (two cores, load average 16) the bench large-inputs saw both workers take over the minute this once
     * was, and the whole run stopped "by an error" after one file. A worker that never starts still ends the run,
     * only later; a hostile file is bounded by the parse timeout, which counts from the request, not by this.
     */
    private static final Duration START_ALLOWANCE = Duration.ofMinutes(5);

    private final Duration startTimeout;
    private final long heapBytes;
    private final Semaphore slots;
    private final Deque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param settings  how each worker extracts
     * @param workers   files parsed at once, one worker JVM each
     * @param timeout   longest parse of one file
     * @param heapBytes heap limit of each worker JVM
     */
    public IsolatedExtractor(ExtractorSettings settings, int workers, Duration timeout, long heapBytes) {
        this(WorkerCommand.of(ExtractionWorker.class.getName(), heapBytes, settings.toArguments()), workers, timeout,
                heapBytes);
        this.version = settings.version();
    }

    /** The workers' extractor's version: isolation changes where parsing runs, not what it gives. */
    @Override
    public String version() {
        return version;
    }

    IsolatedExtractor(WorkerCommand command, int workers, Duration timeout, long heapBytes) {
        if (workers < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("need at least one worker and a positive timeout: " + workers + ", "
                    + timeout);
        }
        this.command = command;
        this.timeout = timeout;
        this.startTimeout = timeout.compareTo(START_ALLOWANCE) > 0 ? timeout : START_ALLOWANCE;
        this.heapBytes = heapBytes;
        this.slots = new Semaphore(workers, true);
    }

    /**
     * @throws IllegalStateException when no worker JVM can be started at all: that is the setup's fault, not the
     *                               file's, so the run stops instead of failing every file
     */
    /** Extracts a file whole: the parts of an mbox, which a worker sends as it reads them, are gathered here. */
    @Override
    public Extraction extract(Path file) {
        return Extraction.gathered(early -> extract(file, early));
    }

    @Override
    public Extraction extract(Path file, PartSink early) {
        if (closed) {
            throw new IllegalStateException("the isolated extractor is closed");
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Extraction.Failed("indexing stopped before this file was parsed — the next run indexes it");
        }
        try {
            return extractWith(checkOut(), file, early);
        } finally {
            slots.release();
        }
    }

    private Extraction extractWith(WorkerProcess worker, Path file, PartSink early) {
        WorkerProcess.Result result;
        try {
            result = worker.extract(file, timeout, early);
        } catch (InterruptedException e) {
            retire(worker);
            Thread.currentThread().interrupt();
            return new Extraction.Failed("indexing stopped while this file was parsed — the next run indexes it");
        }
        return switch (result) {
            case WorkerProcess.Result.Answered answered -> {
                checkIn(worker);
                yield answered.extraction();
            }
            case WorkerProcess.Result.TimedOut _ -> {
                retire(worker);
                yield new Extraction.Failed(TIMED_OUT.formatted(human(timeout)));
            }
            case WorkerProcess.Result.Died died -> {
                retire(worker);
                yield new Extraction.Failed(died.outOfMemory()
                        ? "the parser ran out of memory (over its " + SizeLimitedExtractor.human(heapBytes)
                        + " limit) and was stopped — raise dossier.indexer.parse-memory to give it more"
                        : "the parser crashed on this file and was restarted — the file may be damaged or built to crash "
                        + "parsers (exit code " + died.exitCode() + ": " + shortened(died.lastError()) + ")");
            }
        };
    }

    /** An idle worker, or a new one when there is none. */
    private WorkerProcess checkOut() {
        for (WorkerProcess worker = idle.pollFirst(); worker != null; worker = idle.pollFirst()) {
            if (worker.isAlive()) {
                return worker;
            }
            retire(worker);
        }
        WorkerProcess started = WorkerProcess.start(command, startTimeout);
        live.add(started);
        if (closed) { // closed while it started: do not leave it behind
            retire(started);
            throw new IllegalStateException("the isolated extractor is closed");
        }
        return started;
    }

    private void checkIn(WorkerProcess worker) {
        if (closed) {
            retire(worker);
        } else {
            idle.addFirst(worker); // the most recently used worker has the warmest JIT
        }
    }

    private void retire(WorkerProcess worker) {
        live.remove(worker);
        worker.kill();
    }

    /** The process ids of the workers running now. */
    List<Long> workerPids() {
        return live.stream().map(WorkerProcess::pid).toList();
    }

    /** Ends every worker: idle ones are let go, busy ones are killed. */
    @Override
    public void close() {
        closed = true;
        List<WorkerProcess> all = List.copyOf(live);
        live.clear();
        idle.clear();
        all.parallelStream().forEach(WorkerProcess::close);
    }

    private static String shortened(String line) {
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    static String human(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
