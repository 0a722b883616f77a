package org.dossier.web.status;

import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dossier.engine.LocalModels;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The chat model's SHA-256 for the status page, never computed on a request's thread: a 20 GB file takes minutes to
 * read. The first page that asks starts one background computation and shows "computing…"; once done, the digest is
 * in the data directory's cache (kept by the file's size and time) and every page shows it at once.
 */
@Component
public class ChatModelDigest {

    /** What the page can say of the digest now. */
    public sealed interface State {

        /** The state's name, for the page to choose what to show ({@code Known}, {@code Computing}…). */
        default String kind() {
            return getClass().getSimpleName();
        }

        /** No chat model file is configured (a server's model, say): nothing to hash. */
        record NoFile() implements State {
        }

        record Computing() implements State {
        }

        record Known(String sha256) implements State {
        }

        /** The last computation failed; another starts with the next page. */
        record Failed(String reason) implements State {
        }
    }

    private final LocalModels models;
    private final Executor background;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile @Nullable String lastFailure;

    @Autowired
    ChatModelDigest(LocalModels models) {
        this(models, task -> Thread.ofVirtual().name("chat-model-sha256").start(task));
    }

    ChatModelDigest(LocalModels models, Executor background) {
        this.models = models;
        this.background = background;
    }

    /** The digest if known; otherwise starts computing it (once at a time) and says so. Answers at once. */
    public State state() {
        if (models.chatModel() == null) {
            return new State.NoFile();
        }
        if (!running.get()) {
            String known = models.chatModelSha256(false);
            if (known != null) {
                return new State.Known(known);
            }
        }
        String failure = lastFailure;
        start();
        return failure != null ? new State.Failed(failure) : new State.Computing();
    }

    private void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            try {
                models.chatModelSha256(true);
                lastFailure = null;
            } catch (UncheckedIOException e) {
                lastFailure = e.getMessage();
            } finally {
                running.set(false);
            }
        });
    }
}
