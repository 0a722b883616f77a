package org.dossier.engine.openai;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.internal.LoopbackHttp;
import tools.jackson.core.JacksonException;

/**
 * Embeddings from a server on this machine that speaks OpenAI's embeddings API (Ollama, LM Studio, llama-server
 * started with {@code --embeddings}): {@code POST /v1/embeddings} with {@code {"model", "input": [...],
 * "encoding_format": "float"}}, answered by {@code {"data": [{"index", "embedding"}]}}. Texts go in batches; the
 * vector size is learnt from the first reply.
 */
public final class OpenAiCompatibleEmbeddings implements EmbeddingEngine, AutoCloseable {

    /** Small enough that one batch fits a server's default batch size of 512 tokens per text times a few. */
    static final int DEFAULT_BATCH_SIZE = 16;

    private final OpenAiCompatibleSettings settings;
    private final URI endpoint;
    private final LoopbackHttp http;
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
        this.endpoint = LoopbackHttp.under(settings.baseUrl(), "embeddings");
        this.http = new LoopbackHttp(settings.baseUrlSetting(), Duration.ofSeconds(2));
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

    @Override
    public void close() {
        http.close();
    }

    private List<float[]> embedBatch(List<String> batch) {
        List<Vector> results = post(new EmbeddingRequest(settings.model(), batch, "float")).data();
        if (results == null || results.size() != batch.size()) {
            throw new IllegalStateException(settings.baseUrl() + " returned " + (results == null ? 0 : results.size())
                    + " vectors for " + batch.size() + " texts — check that " + settings.model()
                    + " is an embedding model");
        }
        float[][] ordered = new float[batch.size()][];
        for (Vector vector : results) {
            ordered[vector.index()] = vector.embedding();
        }
        dimensions = ordered[0].length;
        return List.of(ordered);
    }

    private EmbeddingResponse post(EmbeddingRequest request) {
        LoopbackHttp.Reply reply;
        try {
            reply = http.post(endpoint, settings.apiKey(), request, settings.timeout());
        } catch (IOException e) {
            throw new IllegalStateException("embedding at " + endpoint + " failed: " + e + " — is the server running?"
                    + " Check " + settings.baseUrlSetting(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("embedding at " + endpoint + " was interrupted", e);
        }
        if (!reply.ok()) {
            throw new IllegalStateException(endpoint + " answered " + reply.status() + ": " + reply.quoted()
                    + " — check that " + settings.model() + " is an embedding model the server has");
        }
        try {
            return reply.json(EmbeddingResponse.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(endpoint + " answered with something other than embeddings: "
                    + reply.quoted(), e);
        }
    }

    /** Plain floats: not every local server decodes base64 vectors the same way. */
    record EmbeddingRequest(String model, List<String> input, @JsonProperty("encoding_format") String encodingFormat) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EmbeddingResponse(List<Vector> data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Vector(int index, float[] embedding) {
    }
}
