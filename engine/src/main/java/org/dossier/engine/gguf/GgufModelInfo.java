package org.dossier.engine.gguf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts about a model that decide whether and how to run it.
 *
 * @param architecture       {@code general.architecture}, e.g. {@code llama}, {@code gemma3}
 * @param name               {@code general.name}, or the file name when the model does not say
 * @param contextLength      {@code <arch>.context_length}; 0 when absent
 * @param embeddingLength    {@code <arch>.embedding_length}; 0 when absent
 * @param blockCount         {@code <arch>.block_count}; 0 when absent
 * @param hasChatTemplate    whether {@code tokenizer.chat_template} is present
 * @param poolingType        {@code <arch>.pooling_type} of an embedding model (llama.cpp's enum: 0 none, 1 mean,
 *                           2 cls, 3 last, 4 rank); -1 when absent
 * @param tensorDataBytes    bytes of all tensors of known type: about what the weights take in memory
 * @param unknownTensorTypes tensors whose ggml type this reader does not know, so the estimate leaves them out
 */
public record GgufModelInfo(Path path, String architecture, String name, long contextLength, long embeddingLength,
                            long blockCount, boolean hasChatTemplate, long poolingType, long tensorDataBytes,
                            List<String> unknownTensorTypes) {

    public GgufModelInfo {
        unknownTensorTypes = List.copyOf(unknownTensorTypes);
    }

    /** Whether the weight estimate covers every tensor. */
    public boolean sizeEstimateComplete() {
        return unknownTensorTypes.isEmpty();
    }

    static GgufModelInfo of(GgufFile file) {
        String architecture = file.string("general.architecture")
                .orElseThrow(() -> new GgufException("the model does not name its architecture (general.architecture): "
                        + file.path() + " — it was not converted properly; use another GGUF of this model"));
        long bytes = 0;
        List<String> unknown = new ArrayList<>();
        for (GgufTensorInfo tensor : file.tensors()) {
            long size = tensor.sizeInBytes();
            if (size < 0) {
                unknown.add(tensor.name() + " (ggml type " + tensor.ggmlType() + ")");
            } else {
                bytes += size;
            }
        }
        return new GgufModelInfo(file.path(), architecture,
                file.string("general.name").orElse(String.valueOf(file.path().getFileName())),
                number(file, architecture + ".context_length"),
                number(file, architecture + ".embedding_length"),
                number(file, architecture + ".block_count"),
                file.string("tokenizer.chat_template").filter(t -> !t.isBlank()).isPresent(),
                file.integer(architecture + ".pooling_type").orElse(-1L),
                bytes, unknown);
    }

    private static long number(GgufFile file, String key) {
        return file.integer(key).orElse(0L);
    }
}
