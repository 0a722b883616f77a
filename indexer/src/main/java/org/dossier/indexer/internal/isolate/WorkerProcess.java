package org.dossier.indexer.internal.isolate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.dossier.engine.OwnSession;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.PartSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker JVM, asked one file at a time. Its replies are read on a thread of their own, so that waiting for one
 * can time out; its stderr is drained (a full pipe would stall it) and its last lines kept to explain a crash.
 */
final class WorkerProcess implements AutoCloseable {

    /** How asking a worker about one file ended. */
    sealed interface Result {
        record Answered(Extraction extraction) implements Result {
        }

        /** No answer in time; the worker has been killed. */
        record TimedOut() implements Result {
        }

        /** The worker died before answering: out of memory, a native crash, killed. */
        record Died(int exitCode, boolean outOfMemory, String lastError) implements Result {
        }
    }

    /** HotSpot's exit status after -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    private static final int KEPT_ERROR_LINES = 20;
    private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);

    /** What the reply reader hands over: a reply, or why there will be none. */
    private sealed interface Event {
        record Reply(WorkerProtocol.Reply reply) implements Event {
        }

        record Gone(String why) implements Event {
        }
    }

    private final Process process;
    private final DataOutputStream requests;
    /**
     * Replies read but not yet taken: bounded, so that a worker streaming an mbox faster than Dossier records it
     * waits (its pipe fills) instead of piling messages up in this JVM.
     */
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>(4);
    private final Thread replyReader;
    private final Deque<String> lastErrorLines = new ArrayDeque<>();
    private final Thread errorDrain;

    private WorkerProcess(Process process) {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        // Platform threads, not virtual: a blocking read on a pipe pins a virtual thread's carrier, and a few of
        // them starve every virtual thread of the web server (seen: requests hung while workers sat idle).
        this.replyReader = Thread.ofPlatform().daemon().name("dossier-worker-replies-" + process.pid())
                .start(this::readReplies);
        this.errorDrain = Thread.ofPlatform().daemon().name("dossier-worker-stderr-" + process.pid()).start(this::drainErrors);
    }

    /**
     * Starts a worker and waits until it is ready to parse.
     *
     * @throws IllegalStateException when no worker can be started: a setup problem, not a problem of any file
     */
    static WorkerProcess start(WorkerCommand command, Duration startTimeout) {
        Process process;
        try {
            // its own session: the shell's Ctrl-C (SIGINT to the terminal's process group) stops indexing after
            // the files in hand; it must not kill the workers parsing them (see OwnSession)
            process = new ProcessBuilder(OwnSession.of(command.command())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a parser process (" + e.getMessage()
                    + ") — set dossier.indexer.isolation=false to parse inside Dossier", e);
        }
        WorkerProcess worker = new WorkerProcess(process);
        Event first;
        try {
            first = worker.events.poll(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            worker.kill();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a parser process started", e);
        }
        if (first instanceof Event.Reply(WorkerProtocol.Reply.Ready _)) {
            return worker;
        }
        worker.kill();
        throw new IllegalStateException("a parser process did not start" + (first == null ? " within " + startTimeout
                : ": " + worker.lastError()) + " — set dossier.indexer.isolation=false to parse inside Dossier");
    }

    /**
     * Asks for one file; after anything but an answer the worker is dead and must not be asked again. The parts of
     * an mbox go to {@code early} as they come, and the timeout counts from the last of them: a mailbox of many
     * gigabytes may take long, one message of it may not.
     *
     * @throws InterruptedException when interrupted while waiting, or when {@code early} was: the worker is killed
     */
    Result extract(Path file, Duration timeout, PartSink early) throws InterruptedException {
        try {
            WorkerProtocol.writeRequest(requests, file);
        } catch (IOException e) {
            return died();
        }
        while (true) {
            Event event;
            try {
                event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (event instanceof Event.Reply(WorkerProtocol.Reply.Parts parts)) {
                    early.accept(parts.parts());
                    continue;
                }
            } catch (InterruptedException e) {
                kill(); // it is still parsing: its late reply must not answer the next request
                throw e;
            }
            return switch (event) {
                case null -> {
                    kill();
                    yield new Result.TimedOut();
                }
                case Event.Reply(WorkerProtocol.Reply.Answer answer) -> new Result.Answered(answer.extraction());
                case Event.Reply _ -> died();
                case Event.Gone _ -> died();
            };
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Ends the worker: asked nicely (its input closes), then forced. */
    @Override
    public void close() {
        try {
            requests.close();
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    void kill() {
        process.destroyForcibly();
        replyReader.interrupt(); // it may wait for room for a reply nobody will take
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Result died() {
        kill();
        try {
            errorDrain.join(Duration.ofSeconds(1)); // its last words explain the death
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int exit = process.isAlive() ? -1 : process.exitValue();
        String error = lastError();
        return new Result.Died(exit, exit == OUT_OF_MEMORY_EXIT || error.contains("OutOfMemoryError"), error);
    }

    private void readReplies() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
            while (true) {
                events.put(new Event.Reply(WorkerProtocol.readReply(in)));
            }
        } catch (IOException e) {
            try {
                events.put(new Event.Gone(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (InterruptedException killed) {
                // killed: nobody waits for this reply
            }
        } catch (InterruptedException killed) {
            // killed while a reply waited for room: nobody will take it
        }
    }

    private void drainErrors() {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                log.debug("parser process {}: {}", process.pid(), line);
                synchronized (lastErrorLines) {
                    lastErrorLines.addLast(line);
                    if (lastErrorLines.size() > KEPT_ERROR_LINES) {
                        lastErrorLines.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone: nothing more to drain
        }
    }

    /** The worker's last line on stderr that looks like an error, or its last line. */
    private String lastError() {
        synchronized (lastErrorLines) {
            return lastErrorLines.reversed().stream()
                    .filter(line -> line.contains("Error") || line.contains("Exception"))
                    .findFirst()
                    .orElse(lastErrorLines.isEmpty() ? "no message" : lastErrorLines.getLast());
        }
    }
}
