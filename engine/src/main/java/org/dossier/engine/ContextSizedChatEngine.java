package org.dossier.engine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat engine whose context is what its server really serves: once the model is ready, the server is asked
 * ({@link ContextProbe}) and every prompt is sized to its answer, not to the setting — a llama-server started with
 * {@code -c 8192} on a model trained for 2,048 tokens serves 2,048, and a prompt sized for 8,192 would be refused.
 * Until the server has said, and for a server that cannot say, the setting stands.
 */
final class ContextSizedChatEngine implements ChatEngine, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContextSizedChatEngine.class);

    private final ChatEngine delegate;
    private final int configured;
    private final ContextProbe probe;
    /** Read once per ready server: a restarted server serves the same model with the same flags. */
    private volatile ServedContext read;

    ContextSizedChatEngine(ChatEngine delegate, int configured, ContextProbe probe) {
        this.delegate = delegate;
        this.configured = configured;
        this.probe = probe;
    }

    @Override
    public ModelStatus status() {
        return delegate.status();
    }

    @Override
    public GenerationHandle generate(ChatRequest request, GenerationListener listener) {
        return delegate.generate(request, listener);
    }

    @Override
    public int contextTokens() {
        return servedContext().served();
    }

    @Override
    public ServedContext servedContext() {
        ServedContext known = read;
        if (known != null) {
            return known;
        }
        if (!delegate.status().ready()) {
            return ServedContext.asConfigured(configured);
        }
        known = ask().orElseGet(() -> ServedContext.asConfigured(configured));
        if (known.differs()) {
            LOG.warn("the chat model serves {} tokens of context, not the {} set: {}", known.served(), configured,
                    known.why());
        }
        read = known;
        return known;
    }

    private Optional<ServedContext> ask() {
        try {
            return probe.read(configured);
        } catch (IOException | RuntimeException e) {
            // A server that will not say is sized by the setting, as before; the log says why once.
            LOG.info("could not read the context the chat server serves ({}); prompts are sized to "
                    + "dossier.engine.context-size = {}", e.toString(), configured);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public int countTokens(String text) {
        return delegate.countTokens(text);
    }

    @Override
    public int[] countTokens(List<String> texts) {
        return delegate.countTokens(texts);
    }

    @Override
    public void close() throws Exception {
        if (delegate instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
