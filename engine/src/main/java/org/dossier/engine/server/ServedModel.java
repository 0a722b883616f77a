package org.dossier.engine.server;

import java.net.URI;
import java.util.function.BiFunction;

import org.dossier.engine.ModelStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A llama-server that Dossier runs, with the client that talks to it. The server can come back on another port
 * after a crash, so the client is made for the address the server has now, and one made for an old address is
 * closed. Closing this stops the server.
 *
 * @param <C> the client: chat, embeddings or re-ranking
 */
final class ServedModel<C> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServedModel.class);

    private final ManagedLlamaServer server;
    private final BiFunction<URI, String, C> connect;
    private @Nullable URI clientFor;
    private @Nullable C client;

    /** @param connect makes a client for a base URL ({@code http://127.0.0.1:port/v1}) and the server's API key */
    ServedModel(ManagedLlamaServer server, BiFunction<URI, String, C> connect) {
        this.server = server;
        this.connect = connect;
    }

    /** Starts a server for these settings in the background; see {@link ManagedLlamaServer#start()}. */
    static <C> ServedModel<C> start(LlamaServerSettings settings, BiFunction<URI, String, C> connect) {
        ManagedLlamaServer server = new ManagedLlamaServer(settings);
        server.start();
        return new ServedModel<>(server, connect);
    }

    ManagedLlamaServer server() {
        return server;
    }

    ModelStatus status() {
        return server.status();
    }

    /**
     * The client for the server's current address.
     *
     * @param what names the model in the message when it is not ready, e.g. "chat model"
     * @throws IllegalStateException when the server is not ready, saying why
     */
    synchronized C whenReady(String what) {
        ModelStatus now = server.status();
        if (!now.ready()) {
            throw new IllegalStateException("no " + what + " is ready: " + now.detail());
        }
        URI baseUrl = server.baseUrl();
        if (client == null || !baseUrl.equals(clientFor)) {
            release(client);
            client = connect.apply(baseUrl, server.apiKey());
            clientFor = baseUrl;
        }
        return client;
    }

    @Override
    public synchronized void close() {
        release(client);
        client = null;
        server.close();
    }

    private static void release(@Nullable Object old) {
        if (old instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("could not close the client of a llama-server: {}", e.toString());
            }
        }
    }
}
