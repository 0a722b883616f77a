package org.dossier.engine.openai;

import java.util.ArrayList;
import java.util.List;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.openai.OpenAiEmbeddingModel;

/**
 * Embeddings from a server on this machine that speaks OpenAI's embeddings API (Ollama, LM Studio, llama-server
 * started with {@code --embeddings}). Texts go in batches; the vector size is learnt from the first reply.
 */
public final class OpenAiCompatibleEmbeddings implements EmbeddingEngine {

    /** Small enough that one batch fits a server's default batch size of 512 tokens per text times a few. */
    static final int DEFAULT_BATCH_SIZE = 16;

    private final OpenAiCompatibleSettings settings;
    private final OpenAiEmbeddingModel model;
    private final int batchSize;
    private volatile int dimensions;

    public OpenAiCompatibleEmbeddings(OpenAiCompatibleSettings settings) {
        this(settings, DEFAULT_BATCH_SIZE);
    }

    public OpenAiCompatibleEmbeddings(OpenAiCompatibleSettings settings, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("embedding batch size must be at least 1, was " + batchSize);
        }
        this.settings = settings;
        this.model = OpenAiClients.embeddingModel(settings);
        this.batchSize = batchSize;
    }

    @Override
    public ModelStatus status() {
        return new ModelStatus(ModelStatus.State.READY, "embedding model " + settings.model() + " at "
                + settings.baseUrl());
    }

    /** The model's name; the server's address is left out since the same model gives the same vectors anywhere. */
    @Override
    public String modelId() {
        return "openai-compatible:" + settings.model();
    }

    @Override
    public int dimensions() {
        if (dimensions == 0) {
            embed(List.of("dimensions"));
        }
        return dimensions;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + batchSize));
            vectors.addAll(embedBatch(batch));
        }
        return vectors;
    }

    private List<float[]> embedBatch(List<String> batch) {
        EmbeddingResponse response = model.call(new EmbeddingRequest(batch, null));
        List<Embedding> results = response.getResults();
        if (results.size() != batch.size()) {
            throw new IllegalStateException(settings.baseUrl() + " returned " + results.size() + " vectors for "
                    + batch.size() + " texts — check that " + settings.model() + " is an embedding model");
        }
        float[][] ordered = new float[batch.size()][];
        for (Embedding embedding : results) {
            ordered[embedding.getIndex()] = embedding.getOutput();
        }
        dimensions = ordered[0].length;
        return List.of(ordered);
    }
}
