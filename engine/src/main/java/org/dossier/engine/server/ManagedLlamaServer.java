package org.dossier.engine.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.function.IntSupplier;

import org.dossier.engine.LoopbackPolicy;
import org.dossier.engine.ModelStatus.State;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.gguf.GgufException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One llama-server child process, from start to stop: started on 127.0.0.1 with a random API key (passed in its
 * environment, never on its command line) and without its own web UI, watched until {@code /health} says ok,
 * restarted with back-off when it dies, and stopped with Dossier — by {@link #close()} (Spring calls it on
 * shutdown) or, after Ctrl-C, by a JVM shutdown hook — so that no server outlives Dossier.
 */
final class ManagedLlamaServer implements AutoCloseable {

    /** What names the server's address in a message: it is Dossier's choice, not a setting. */
    static final String ADDRESS = "llama-server address";

    private static final Logger LOG = LoggerFactory.getLogger(ManagedLlamaServer.class);
    private static final int TAIL_LINES = 3;

    private final LlamaServerSettings settings;
    private final IntSupplier freePorts;
    private final String apiKey = randomKey();
    private final Thread shutdownHook = new Thread(this::stopProcess, "llama-server-shutdown");
    private volatile ModelStatus status = new ModelStatus(State.LOADING, "llama-server not started yet");
    private volatile LlamaServerProcess process;
    private volatile int port;
    private volatile boolean closed;
    private volatile @Nullable String pooling;
    private Thread supervisor;

    ManagedLlamaServer(LlamaServerSettings settings) {
        this(settings, FreePort::pick);
    }

    /** With a source of free ports of the test's choosing. */
    ManagedLlamaServer(LlamaServerSettings settings, IntSupplier freePorts) {
        this.settings = settings;
        this.freePorts = freePorts;
    }

    /**
     * Checks what can be checked at once (binary, model file, port), then starts the server in the background.
     * A problem found here turns the status FAILED with what to do; Dossier keeps running, retrieval-only.
     */
    public synchronized void start() {
        if (supervisor != null || closed) {
            return;
        }
        Path binary;
        try {
            binary = LlamaServerBinary.locate(settings.binary(), System.getenv("PATH"));
            requireModelFile();
            if (settings.role() == LlamaServerSettings.Role.EMBEDDINGS) {
                pooling = EmbeddingServerPooling.choose(settings.model(), settings.pooling());
            }
            port = settings.port() == 0 ? freePorts.getAsInt() : requireFreePort(settings.port());
            LoopbackPolicy.requireLoopbackUri(ADDRESS, baseUrl());
        } catch (LlamaServerException | GgufException e) {
            status = new ModelStatus(State.FAILED, e.getMessage());
            LOG.warn(e.getMessage());
            return;
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        supervisor = Thread.ofPlatform().daemon().name("llama-server-supervisor").start(() -> supervise(binary));
    }

    public ModelStatus status() {
        return status;
    }

    /** Waits until the server is ready or has failed, at most {@code timeout}; returns the status then. */
    public ModelStatus awaitStarted(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (status.state() == State.LOADING && supervisor != null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return status;
    }

    /** Where the OpenAI-compatible API is, e.g. {@code http://127.0.0.1:41234/v1}. */
    public URI baseUrl() {
        return URI.create("http://" + LlamaServerCommand.HOST + ":" + port + "/v1");
    }

    public String apiKey() {
        return apiKey;
    }

    /** The running server's process id, when one runs. */
    public OptionalLong pid() {
        LlamaServerProcess current = process;
        return current != null && current.isAlive() ? OptionalLong.of(current.pid()) : OptionalLong.empty();
    }

    @Override
    public void close() {
        Thread watching;
        synchronized (this) {
            closed = true;
            watching = supervisor;
        }
        if (watching != null) {
            watching.interrupt();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or about to: it stops the process too
            }
        }
        stopProcess();
        status = new ModelStatus(State.FAILED, "llama-server was stopped");
    }

    private void supervise(Path binary) {
        int crashes = 0;
        boolean everReady = false;
        while (!closed) {
            String reason;
            try {
                process = LlamaServerProcess.launch(LlamaServerCommand.of(binary, settings, port, apiKey, pooling));
                if (closed) {
                    stopProcess(); // close() ran while it was starting and may have missed it
                    return;
                }
                status = new ModelStatus(State.LOADING, "llama-server is loading " + settings.model().getFileName()
                        + " on " + baseUrl());
                process.awaitHealthy(port, settings.startTimeout(), TAIL_LINES);
                status = new ModelStatus(State.READY, "llama-server serves " + settings.model().getFileName()
                        + " on " + baseUrl() + " (pid " + process.pid() + ")");
                everReady = true;
                crashes = 0;
                int exitCode = process.waitFor();
                reason = "llama-server exited with code " + exitCode + ": " + process.tail(TAIL_LINES);
            } catch (LlamaServerException e) {
                reason = e.getMessage();
                stopProcess();
                if (e.portInUse() && settings.port() == 0) {
                    port = freePorts.getAsInt(); // taken since it was picked: another port, at once
                    continue;
                }
                if (!everReady && !closed) {
                    // Never started: a bad model or flag, not a crash; restarting would fail the same way.
                    fail(reason);
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            crashes++;
            if (crashes > settings.maxRestarts()) {
                fail(reason + " — gave up after " + settings.maxRestarts() + " restarts; restart Dossier to retry");
                return;
            }
            Duration wait = settings.restartBackoff().multipliedBy(1L << Math.min(crashes - 1, 10));
            LOG.warn("{}; restarting in {} ms", reason, wait.toMillis());
            status = new ModelStatus(State.LOADING, "restarting llama-server after: " + reason);
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void fail(String reason) {
        status = new ModelStatus(State.FAILED, reason);
        LOG.warn(reason);
    }

    private void stopProcess() {
        LlamaServerProcess current = process;
        if (current != null) {
            current.stop();
        }
    }

    private void requireModelFile() {
        if (!Files.isRegularFile(settings.model())) {
            throw new LlamaServerException("model file not found: " + settings.model()
                    + " — set " + settings.role().modelSetting() + " to an existing GGUF file");
        }
    }

    private static int requireFreePort(int port) {
        if (!FreePort.isFree(port)) {
            throw new LlamaServerException("port " + port + " on 127.0.0.1 is in use — set "
                    + "dossier.engine.llama-server-port to a free port, or to 0 to let Dossier pick one", true);
        }
        return port;
    }

    private static String randomKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
