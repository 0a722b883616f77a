package org.dossier.engine;

import java.nio.file.Path;

/**
 * What a GGUF's header says that people choose a model by, and what sizing its memory needs — all from the header
 * and the tensor table, never from the weights.
 *
 * @param fileType          the quantization, e.g. {@code Q4_K_M} ({@code general.file_type})
 * @param parameters        every weight of every tensor
 * @param activeParameters  the weights one token goes through: for a mixture of experts only
 *                          {@code expert_used_count} of {@code expert_count} experts' tensors ({@code *_exps}); else
 *                          equal to {@code parameters}
 * @param trainedContext    {@code <arch>.context_length}; 0 when absent
 * @param weightBytes       bytes of all tensors: what the weights take in memory
 * @param kvBytesPerToken   the KV cache one token of context takes in the full-attention layers at F16 (llama.cpp's
 *                          default cache type): per layer, KV heads × (key length + value length) × 2 bytes; 0 when
 *                          the header lacks the figures
 * @param kvBytesPerWindowToken the same for the sliding-window layers, whose cache holds at most
 *                          {@code slidingWindow} tokens; 0 when the header marks no layer as sliding
 *                          ({@code <arch>.attention.sliding_window_pattern}). A model that slides without saying which
 *                          layers (Gemma 3) is counted as all full attention: an upper bound
 * @param slidingWindow     {@code <arch>.attention.sliding_window}; 0 when absent
 * @param expertCount       {@code <arch>.expert_count}; 0 for a dense model
 * @param expertUsedCount   {@code <arch>.expert_used_count}; 0 for a dense model
 */
public record GgufModelFacts(Path path, String architecture, String name, long fileSize, String fileType,
                             long parameters, long activeParameters, long trainedContext, boolean hasChatTemplate,
                             long blockCount, long weightBytes, long kvBytesPerToken, long kvBytesPerWindowToken,
                             long slidingWindow, long expertCount, long expertUsedCount) {


    public boolean mixtureOfExperts() {
        return expertCount > 1 && expertUsedCount > 0;
    }

    /** The KV cache for a context of this many tokens. */
    public long kvCacheBytes(long context) {
        return kvBytesPerToken * context + kvBytesPerWindowToken * Math.min(context, slidingWindow);
    }
}
