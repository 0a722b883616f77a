package org.dossier.engine.server;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dossier.engine.OwnSession;
import org.dossier.engine.internal.LoopbackHttp;

/** A started llama-server process: its health, its last words, and how to end it with everything it started. */
final class LlamaServerProcess {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Process process;
    private final ProcessLog log;

    private LlamaServerProcess(Process process, ProcessLog log) {
        this.process = process;
        this.log = log;
    }

    static LlamaServerProcess launch(LlamaServerCommand command) {
        try {
            ProcessBuilder builder = command.applyTo(new ProcessBuilder());
            // its own session: the shell's Ctrl-C must not stop it (see OwnSession); stop() ends it by pid
            Process process = builder.command(OwnSession.of(builder.command())).redirectErrorStream(true).start();
            process.getOutputStream().close(); // the server reads nothing from us
            return new LlamaServerProcess(process, ProcessLog.follow(process));
        } catch (IOException e) {
            throw new LlamaServerException("could not run " + command.arguments().getFirst() + ": " + e.getMessage()
                    + " — check that dossier.engine.llama-server is an executable llama-server");
        }
    }

    /** Polls {@code GET /health} until it answers 200; fails if the process exits or the time runs out. */
    void awaitHealthy(int port, Duration timeout, int tailLines) throws InterruptedException {
        URI health = URI.create("http://" + LlamaServerCommand.HOST + ":" + port + "/health");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (LoopbackHttp client = new LoopbackHttp(ManagedLlamaServer.ADDRESS, Duration.ofSeconds(1))) {
            while (true) {
                if (!process.isAlive()) {
                    throw exitedDuringStart(port, tailLines);
                }
                if (answersOk(client, health)) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    stop();
                    throw new LlamaServerException("llama-server was not ready after " + timeout.toSeconds() + " s: "
                            + log.tail(tailLines) + " — allow more time to load, or choose a smaller model");
                }
                Thread.sleep(100);
            }
        }
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String tail(int lines) {
        return log.tail(lines);
    }

    /** Asks politely (SIGTERM), then forcibly; children of the server go too. Safe to call more than once. */
    void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private LlamaServerException exitedDuringStart(int port, int tailLines) {
        String tail = log.tail(tailLines);
        if (log.contains("couldn't bind")) {
            return new LlamaServerException("llama-server could not listen on 127.0.0.1:" + port + ": " + tail
                    + " — another program took the port; choose another", true);
        }
        return new LlamaServerException("llama-server exited while starting (code " + process.exitValue() + "): "
                + tail + " — check the model file and the llama-server settings");
    }

    private static boolean answersOk(LoopbackHttp client, URI health) throws InterruptedException {
        try {
            return client.get(health, null, Duration.ofSeconds(2)) == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }
}
