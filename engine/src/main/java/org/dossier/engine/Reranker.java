package org.dossier.engine;

import java.util.List;

/**
 * Scores passages against a question with a cross-encoder, which reads the two together: slower than comparing
 * vectors, and better at telling which passage answers. Optional: without one, search keeps its fused order.
 */
public interface Reranker {

    ModelStatus status();

    /**
     * One score per document, in the documents' order; higher means more relevant. Scores compare only within one
     * call. Throws when the model cannot answer (not loaded, server gone, too slow): the caller decides what then.
     */
    double[] rerank(String query, List<String> documents);
}
