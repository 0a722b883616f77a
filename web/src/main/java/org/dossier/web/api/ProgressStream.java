package org.dossier.web.api;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.dossier.indexer.IndexProgress;
import org.dossier.indexer.IndexingService;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Indexing progress as server-sent events ({@code GET /api/progress}, events named {@code progress}), for the
 * Library page's live bar: the last known state at once, then every update while a run works.
 */
@RestController
class ProgressStream implements SmartLifecycle {

    /** Open streams close after this long; the browser's EventSource reconnects by itself. */
    private static final long STREAM_MILLIS = 10 * 60 * 1000L;

    private final IndexingService indexing;
    private final Set<SseEmitter> listeners = new CopyOnWriteArraySet<>();
    private volatile boolean running;

    ProgressStream(IndexingService indexing) {
        this.indexing = indexing;
        indexing.onProgress(this::broadcast);
    }

    @GetMapping(path = "/api/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter progress() {
        SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
        emitter.onCompletion(() -> listeners.remove(emitter));
        emitter.onTimeout(() -> listeners.remove(emitter));
        emitter.onError(error -> listeners.remove(emitter));
        listeners.add(emitter);
        IndexProgress last = indexing.lastProgress();
        if (last != null) {
            send(emitter, last);
        }
        return emitter;
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends open streams first when Dossier stops: a graceful shutdown waits for active requests, and an event
     * stream never ends by itself.
     */
    @Override
    public void stop() {
        running = false;
        listeners.forEach(SseEmitter::complete);
        listeners.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown, which runs in a lower phase. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void broadcast(IndexProgress progress) {
        listeners.forEach(emitter -> send(emitter, progress));
    }

    private void send(SseEmitter emitter, IndexProgress progress) {
        try {
            emitter.send(SseEmitter.event().name("progress").data(progress, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            listeners.remove(emitter); // the browser went away
        }
    }
}
