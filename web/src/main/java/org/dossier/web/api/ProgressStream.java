package org.dossier.web.api;

import java.io.IOException;

import org.dossier.indexer.IndexProgress;
import org.dossier.indexer.IndexingService;
import org.dossier.web.stream.OpenStreams;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Indexing progress as server-sent events ({@code GET /api/progress}, events named {@code progress}), for the
 * Library page's live bar: the last known state at once, then every update while a run works. Open streams end
 * when Dossier stops.
 */
@RestController
class ProgressStream {

    /** Open streams close after this long; the browser's EventSource reconnects by itself. */
    private static final long STREAM_MILLIS = 10 * 60 * 1000L;

    private final IndexingService indexing;
    private final OpenStreams.Group<SseEmitter> listeners;

    ProgressStream(IndexingService indexing, OpenStreams streams) {
        this.indexing = indexing;
        this.listeners = streams.group(SseEmitter::complete);
        indexing.onProgress(this::broadcast);
    }

    @GetMapping(path = "/api/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter progress() {
        SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
        listeners.add(emitter, emitter);
        IndexProgress last = indexing.lastProgress();
        if (last != null) {
            send(emitter, last);
        }
        return emitter;
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
