package org.dossier.engine.server;

import java.nio.file.Path;
import java.util.Locale;

import org.dossier.engine.EngineProperties.EmbeddingPooling;
import org.dossier.engine.gguf.GgufModelInfo;
import org.dossier.engine.gguf.GgufReader;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --pooling} an embedding llama-server is started with. llama-server pools as the GGUF header says
 * ({@code <arch>.pooling_type}), and a model that names none gets {@code none}: token vectors, which the
 * OpenAI-compatible {@code /v1/embeddings} refuses on every request with 400 "Pooling type 'none' is not OAI
 * compatible". So the pooling is always explicit: the header's, else the setting's, else the model is refused
 * before the server starts.
 */
final class EmbeddingServerPooling {

    private EmbeddingServerPooling() {
    }

    /**
     * @throws LlamaServerException for a model that cannot pool, saying what to do
     * @throws org.dossier.engine.gguf.GgufException for a file that is not a readable GGUF
     */
    static String choose(Path model, @Nullable EmbeddingPooling setting) {
        GgufModelInfo info = new GgufReader().describe(model);
        return switch ((int) info.poolingType()) {
            case 1 -> "mean";
            case 2 -> "cls";
            case 3 -> "last";
            case 4 -> throw new LlamaServerException(model.getFileName() + " is a reranker (pooling type rank), not an "
                    + "embedding model — set it as dossier.engine.reranker-model, and an embedding GGUF as "
                    + "dossier.engine.embedding-model");
            default -> {
                if (setting == null) {
                    throw new LlamaServerException("embedding model " + model.getFileName() + " names no pooling "
                            + "type (" + info.architecture() + ".pooling_type), so llama-server would refuse every "
                            + "batch (\"Pooling type 'none' is not OAI compatible\") — set "
                            + "dossier.engine.embedding-pooling to mean, cls or last as its model card says");
                }
                yield setting.name().toLowerCase(Locale.ROOT);
            }
        };
    }
}
