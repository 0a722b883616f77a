package org.dossier.web.stream;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent event streams open now, and their end when Dossier stops: a graceful shutdown waits for open
 * requests, and an event stream does not end by itself. Each kind of stream (indexing progress, answers) is a
 * {@link Group} with its own way to end.
 */
@Component
public class OpenStreams implements SmartLifecycle {

    private final List<Group<?>> groups = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    /** A new group of streams, each ended by {@code end} if Dossier stops while it is open. */
    public <T> Group<T> group(Consumer<? super T> end) {
        Group<T> group = new Group<>(end);
        groups.add(group);
        return group;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        groups.forEach(Group::endAll);
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

    /** Open streams of one kind: each one is kept while its emitter is open. */
    public static final class Group<T> {

        private final Set<T> open = ConcurrentHashMap.newKeySet();
        private final Consumer<? super T> end;

        private Group(Consumer<? super T> end) {
            this.end = end;
        }

        /** Keeps {@code stream} until {@code emitter} completes, times out or fails. */
        public void add(T stream, SseEmitter emitter) {
            open.add(stream);
            emitter.onCompletion(() -> open.remove(stream));
            emitter.onTimeout(() -> open.remove(stream));
            emitter.onError(error -> open.remove(stream));
        }

        /** Forgets a stream that is known to be gone before its emitter says so. */
        public void remove(T stream) {
            open.remove(stream);
        }

        public void forEach(Consumer<? super T> action) {
            open.forEach(action);
        }

        private void endAll() {
            open.forEach(end);
            open.clear();
        }
    }
}
