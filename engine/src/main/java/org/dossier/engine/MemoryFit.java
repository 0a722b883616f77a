package org.dossier.engine;


/**
 * Whether a model fits this machine at a context size, from its header alone: the weights, the KV cache for that
 * context, and the runtime's own needs, against the memory a model may take here.
 *
 * @param kvCacheBytes   the KV cache for {@code context} tokens at F16 ({@link GgufModelFacts#kvCacheBytes(long)})
 * @param overheadBytes  llama.cpp's compute buffers and the runtime: {@value #OVERHEAD_BYTES} bytes
 * @param usableBytes    physical memory less what the system and Dossier keep ({@link #usable(long)})
 * @param largestContext the most tokens of context that fit beside the weights, at most the trained context, in
 *                       steps of 256; 0 when the weights alone do not fit
 */
public record MemoryFit(long weightBytes, long kvCacheBytes, long overheadBytes, long neededBytes,
                        long physicalBytes, long usableBytes, int context, boolean fits, long largestContext) {

    /** Compute buffers (a 256k-token vocabulary's logits alone take hundreds of MB) and the runtime itself. */
    public static final long OVERHEAD_BYTES = 1L << 30;
    private static final long GIB = 1L << 30;

    /**
     * @param context  tokens of context to hold (the configured context size)
     * @param physical bytes of physical memory (unified memory on Apple silicon)
     */
    public static MemoryFit of(GgufModelFacts model, int context, long physical) {
        long kvCache = model.kvCacheBytes(context);
        long needed = model.weightBytes() + kvCache + OVERHEAD_BYTES;
        long usable = usable(physical);
        return new MemoryFit(model.weightBytes(), kvCache, OVERHEAD_BYTES, needed, physical, usable, context,
                needed <= usable, largestContext(model, usable));
    }

    /**
     * What a model may take: physical memory less a quarter (at least 4 GiB) for the system, Dossier's own JVM and
     * the page cache. On Apple silicon this is also about what Metal lets the GPU wire by default (two thirds to
     * three quarters of unified memory), so a model that fits here can run with every layer on the GPU.
     */
    static long usable(long physical) {
        return physical - Math.max(4 * GIB, physical / 4);
    }

    private static long largestContext(GgufModelFacts model, long usable) {
        long trained = model.trainedContext() > 0 ? model.trainedContext() : Long.MAX_VALUE;
        // sliding-window layers cost their whole window once the context is longer than it
        long room = usable - model.weightBytes() - OVERHEAD_BYTES
                - model.kvBytesPerWindowToken() * Math.min(model.slidingWindow(), trained);
        if (room <= 0 || model.kvBytesPerToken() + model.kvBytesPerWindowToken() <= 0) {
            return 0;
        }
        long tokens = model.kvBytesPerToken() == 0 ? trained : Math.min(room / model.kvBytesPerToken(), trained);
        return tokens / 256 * 256;
    }
}
