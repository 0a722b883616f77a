package org.dossier.engine;

import java.util.List;

/**
 * A chat engine whose context size comes from configuration: an external server does not say how much context
 * its model was started with, and the prompt budget must not guess high.
 */
final class ContextSizedChatEngine implements ChatEngine, AutoCloseable {

    private final ChatEngine delegate;
    private final int contextTokens;

    ContextSizedChatEngine(ChatEngine delegate, int contextTokens) {
        this.delegate = delegate;
        this.contextTokens = contextTokens;
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
        return contextTokens;
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
