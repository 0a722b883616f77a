package org.dossier.engine.llamacpp;

import de.kherud.llama.args.PoolingType;
import org.dossier.engine.gguf.GgufException;
import org.dossier.engine.gguf.GgufModelInfo;

/**
 * How token vectors become one text vector, chosen from the model's {@code <arch>.pooling_type}. Only pooling
 * proven safe in-process is offered: with build 4916, mean pooling aborts the JVM on llama models
 * ({@code GGML_ASSERT(ggml_can_mul_mat(a, b))}), and leaving the type unspecified makes the binding reject its own
 * argument and then crash on first use. Models that pool by mean go to the managed llama-server runtime.
 */
enum EmbeddingPooling {
    /** The last token's vector: what decoder models without a pooling setting (and Qwen-style embedders) use. */
    LAST(PoolingType.LAST),
    /** The first token's vector, for models trained that way (BERT-style CLS). */
    CLS(PoolingType.CLS);

    private final PoolingType nativeType;

    EmbeddingPooling(PoolingType nativeType) {
        this.nativeType = nativeType;
    }

    PoolingType nativeType() {
        return nativeType;
    }

    static EmbeddingPooling forModel(GgufModelInfo model) {
        return switch ((int) model.poolingType()) {
            case -1, 0, 3 -> LAST;
            case 2 -> CLS;
            case 1 -> throw new GgufException("embedding model " + model.path().getFileName() + " pools by mean, which"
                    + " crashes the in-process llama.cpp (build " + ArchitectureSupport.LLAMA_CPP_BUILD
                    + "): use the managed llama-server runtime (dossier.engine.runtime=llama-server)");
            default -> throw new GgufException(model.path().getFileName() + " is not an embedding model (pooling type "
                    + model.poolingType() + ", e.g. a reranker) — choose an embedding GGUF");
        };
    }
}
