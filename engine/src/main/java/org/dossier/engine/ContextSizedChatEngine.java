package org.dossier.engine;

import java.util.List;

/**
 * A chat engine whose context is what its server really serves: once the model is ready, the server is asked
 * ({@link ContextProbe}) and every prompt is sized to its answer, not to the setting — a llama-server started with
 * {@code -c 8192} on a model trained for 2,048 tokens serves 2,048, and a prompt sized for 8,192 would be refused.
 * Until the server has said, and for a server that cannot say, the setting stands ({@link ServedContextReader}).
 */
final class ContextSizedChatEngine implements ChatEngine, AutoCloseable {

    private final ChatEngine delegate;
    private final ServedContextReader context;

    ContextSizedChatEngine(ChatEngine delegate, int configured, ContextProbe probe) {
        this.delegate = delegate;
        this.context = new ServedContextReader(configured, probe);
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
        return context.servedContext(() -> delegate.status().ready());
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
