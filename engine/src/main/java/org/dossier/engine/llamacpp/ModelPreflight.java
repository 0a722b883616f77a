package org.dossier.engine.llamacpp;

import java.nio.file.Path;

import org.dossier.engine.gguf.GgufException;
import org.dossier.engine.gguf.GgufModelInfo;
import org.dossier.engine.gguf.GgufReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything checked in Java before a model file reaches native code, because a native failure either says only
 * "could not load model" or aborts the JVM: the file is a whole GGUF, its architecture is one this llama.cpp knows,
 * and it fits in memory.
 */
final class ModelPreflight {

    private static final Logger log = LoggerFactory.getLogger(ModelPreflight.class);

    private final GgufReader reader;
    private final ArchitectureSupport architectures;
    private final MemoryCheck memory;

    /** The checks for a model to run in this process, against the memory this machine has free. */
    static ModelPreflight onThisMachine() {
        return new ModelPreflight(new GgufReader(), new ArchitectureSupport(), MemoryCheck.ofThisMachine());
    }

    ModelPreflight(GgufReader reader, ArchitectureSupport architectures, MemoryCheck memory) {
        this.reader = reader;
        this.architectures = architectures;
        this.memory = memory;
    }

    /** @throws GgufException with a one-line message saying what to do */
    GgufModelInfo check(Path model) {
        GgufModelInfo info = reader.describe(model);
        architectures.requireSupported(info);
        if (!info.sizeEstimateComplete()) {
            log.warn("memory estimate for {} leaves out tensors of unknown type: {}", model, info.unknownTensorTypes());
        }
        memory.requireFits(info);
        return info;
    }
}
