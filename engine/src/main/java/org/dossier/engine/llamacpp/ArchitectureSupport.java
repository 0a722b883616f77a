package org.dossier.engine.llamacpp;

import java.util.Set;

import org.dossier.engine.gguf.GgufException;
import org.dossier.engine.gguf.GgufModelInfo;

/**
 * The model architectures the bundled llama.cpp (build 4916, March 2025) knows. A GGUF naming any other
 * architecture would fail deep inside the native loader with a bare "could not load model"; checking the header
 * first lets Dossier say what to do instead.
 */
public final class ArchitectureSupport {

    /** The llama.cpp build inside {@code de.kherud:llama:4.2.0}. */
    public static final String LLAMA_CPP_BUILD = "4916";

    /**
     * llama.cpp's {@code LLM_ARCH_NAMES} at that build, cross-checked against the strings in the bundled native
     * library. Newer families (gemma3n, gemma4, qwen3, llama4, …) are absent on purpose.
     */
    private static final Set<String> SUPPORTED = Set.of(
            "llama", "deci", "falcon", "grok", "gpt2", "gptj", "gptneox", "mpt", "baichuan", "starcoder", "refact",
            "bert", "nomic-bert", "jina-bert-v2", "bloom", "stablelm", "qwen", "qwen2", "qwen2moe", "qwen2vl", "phi2",
            "phi3", "phimoe", "plamo", "codeshell", "orion", "internlm2", "minicpm", "minicpm3", "gemma", "gemma2",
            "gemma3", "starcoder2", "mamba", "xverse", "command-r", "cohere2", "dbrx", "olmo", "olmo2", "olmoe",
            "openelm", "arctic", "deepseek", "deepseek2", "chatglm", "bitnet", "t5", "t5encoder", "jais", "nemotron",
            "exaone", "rwkv6", "rwkv6qwen2", "rwkv7", "arwkv7", "granite", "granitemoe", "chameleon");

    public boolean supports(String architecture) {
        return SUPPORTED.contains(architecture);
    }

    /** Refuses a model whose architecture this runtime cannot load, before any native code sees it. */
    public void requireSupported(GgufModelInfo model) {
        if (!supports(model.architecture())) {
            throw new GgufException("model architecture '" + model.architecture() + "' of " + model.path().getFileName()
                    + " is too new for the in-process llama.cpp (build " + LLAMA_CPP_BUILD
                    + "): use the managed llama-server runtime (dossier.engine.runtime=llama-server)");
        }
    }
}
