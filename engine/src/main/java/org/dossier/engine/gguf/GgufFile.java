package org.dossier.engine.gguf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a GGUF file says about itself, before its weights. Metadata values keep GGUF's own variety of types, so they
 * are held as Java values: integers as {@link Long}, floats as {@link Float}/{@link Double}, {@link Boolean},
 * {@link String}, and arrays as {@link List}; the typed accessors below are how the rest of the code reads them.
 *
 * @param dataOffset where the tensor data section starts in the file (aligned)
 */
record GgufFile(Path path, int version, long fileSize, Map<String, Object> metadata,
                       List<GgufTensorInfo> tensors, long dataOffset) {

    public GgufFile {
        metadata = Map.copyOf(metadata);
        tensors = List.copyOf(tensors);
    }

    public Optional<String> string(String key) {
        return metadata.get(key) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    public Optional<Long> integer(String key) {
        return metadata.get(key) instanceof Long value ? Optional.of(value) : Optional.empty();
    }

    public Optional<List<?>> array(String key) {
        return metadata.get(key) instanceof List<?> value ? Optional.of(value) : Optional.empty();
    }
}
