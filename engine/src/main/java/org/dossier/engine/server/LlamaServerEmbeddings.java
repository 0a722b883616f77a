package org.dossier.engine.server;

import java.util.List;

import org.dossier.engine.EmbeddingEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.openai.OpenAiCompatibleEmbeddings;
import org.dossier.engine.openai.OpenAiCompatibleSettings;

/** Embeddings from a second llama-server that Dossier runs with {@code --embeddings}. */
public final class LlamaServerEmbeddings implements EmbeddingEngine, AutoCloseable {

    private final ServedModel<OpenAiCompatibleEmbeddings> served;
    private final String modelName;

    private LlamaServerEmbeddings(ServedModel<OpenAiCompatibleEmbeddings> served, String modelName) {
        this.served = served;
        this.modelName = modelName;
    }

    /** Starts a llama-server with {@code --embeddings} for the settings' model, in the background. */
    public static LlamaServerEmbeddings start(LlamaServerSettings settings) {
        String modelName = settings.modelName();
        return new LlamaServerEmbeddings(ServedModel.start(settings.withRole(LlamaServerSettings.Role.EMBEDDINGS),
                (baseUrl, apiKey) -> new OpenAiCompatibleEmbeddings(new OpenAiCompatibleSettings(
                        ManagedLlamaServer.ADDRESS, baseUrl, apiKey, modelName, null, null))), modelName);
    }

    @Override
    public ModelStatus status() {
        return served.status();
    }

    /** The GGUF file's name: the same file gives the same vectors whichever port serves it. */
    @Override
    public String modelId() {
        return "llama-server:" + modelName;
    }

    @Override
    public int dimensions() {
        return served.whenReady("embedding model").dimensions();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return served.whenReady("embedding model").embed(texts);
    }

    @Override
    public void close() {
        served.close();
    }
}
