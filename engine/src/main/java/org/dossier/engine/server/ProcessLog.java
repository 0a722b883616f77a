package org.dossier.engine.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a child process's output into Dossier's log, line by line, and keeps the last lines so an error can say
 * what the process said before it died.
 */
final class ProcessLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.dossier.engine.server.llama-server");
    private static final int KEPT_LINES = 20;

    private final Deque<String> lastLines = new ArrayDeque<>();
    private final CountDownLatch drained = new CountDownLatch(1);

    private ProcessLog() {
    }

    /** Starts reading the output (stdout and stderr merged) on a daemon thread. */
    static ProcessLog follow(Process process) {
        ProcessLog log = new ProcessLog();
        Thread.ofPlatform().daemon().name("llama-server-log-" + process.pid())
                .start(() -> log.pump(process.getInputStream(), process.pid()));
        return log;
    }

    /** The last {@code count} lines, joined into one line; waits briefly for the output to be read to its end. */
    String tail(int count) {
        try {
            drained.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lastLines) {
            return String.join(" | ", lastLines.stream().skip(Math.max(0, lastLines.size() - count)).toList());
        }
    }

    boolean contains(String text) {
        synchronized (lastLines) {
            return lastLines.stream().anyMatch(line -> line.contains(text));
        }
    }

    private void pump(InputStream output, long pid) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                LOG.info("[{}] {}", pid, line);
                synchronized (lastLines) {
                    if (lastLines.size() == KEPT_LINES) {
                        lastLines.removeFirst();
                    }
                    lastLines.addLast(line.strip());
                }
            }
        } catch (IOException e) {
            LOG.debug("output of llama-server {} ended: {}", pid, e.getMessage());
        } finally {
            drained.countDown();
        }
    }
}
