package org.dossier.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;

/**
 * An embedding engine that remembers query vectors in memory, so that the methods and variants compared on one
 * query do not embed it again (a query takes about 0.1 s with bge-small on 2 cores). Passages pass straight through.
 * With {@code instruction} false, queries are embedded as plain text, without the model's query instruction: a
 * variant, to measure what the instruction is worth.
 */
final class QueryVectors implements EmbeddingEngine {

    private final EmbeddingEngine delegate;
    private final boolean instruction;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    QueryVectors(EmbeddingEngine delegate, boolean instruction) {
        this.delegate = delegate;
        this.instruction = instruction;
    }

    @Override
    public float[] embedQuery(String query) {
        return vectors.computeIfAbsent(query,
                q -> instruction ? delegate.embedQuery(q) : delegate.embed(List.of(q)).getFirst());
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return delegate.embed(texts);
    }

    @Override
    public ModelStatus status() {
        return delegate.status();
    }

    @Override
    public String modelId() {
        return delegate.modelId();
    }

    @Override
    public int dimensions() {
        return delegate.dimensions();
    }
}
