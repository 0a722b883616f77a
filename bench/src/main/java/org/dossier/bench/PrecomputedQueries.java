package org.dossier.bench;

import java.util.List;
import java.util.Map;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;

/** An engine that only answers query vectors, from a table: hybrid timings then leave out the model's time. */
record PrecomputedQueries(Map<String, float[]> vectors, String modelId) implements EmbeddingEngine {

    @Override
    public float[] embedQuery(String query) {
        float[] vector = vectors.get(query);
        if (vector == null) {
            throw new IllegalArgumentException("no vector for the query '" + query + "'");
        }
        return vector;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        throw new UnsupportedOperationException("passages are given their vectors by the benchmark");
    }

    @Override
    public ModelStatus status() {
        return new ModelStatus(ModelStatus.State.READY, "precomputed query vectors");
    }

    @Override
    public int dimensions() {
        return SyntheticCorpus.DIMENSIONS;
    }
}
