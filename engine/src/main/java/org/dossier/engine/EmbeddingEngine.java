package org.dossier.engine;

import java.util.List;

/**
 * Turns passages and questions into vectors. Vectors from two models never mix: every vector is tagged with the
 * {@link #modelId()} that made it.
 */
public interface EmbeddingEngine {

    ModelStatus status();

    /** Names the model and its settings; a change of id means every stored vector must be made again. */
    String modelId();

    int dimensions();

    /**
     * Starts loading the model in the background if it loads lazily, so that the first search does not wait for it;
     * a server calls it once it is up. Does nothing by default.
     */
    default void warmUp() {
    }

    /** One vector per passage, in order, made in batches the runtime handles well. */
    List<float[]> embed(List<String> texts);

    /** The vector of a search query; models trained with a query instruction add it here. */
    default float[] embedQuery(String query) {
        return embed(List.of(query)).getFirst();
    }
}
