package org.dossier.engine.gguf;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Small GGUF files with real headers and tensor tables for what {@code models} reads: a mixture of experts and a
 * model that mixes sliding-window and full-attention layers. The weights are zeros; nothing runs them.
 */
public final class HeaderOnlyModels {

    /** Parameters of {@link #mixtureOfExperts(Path)}: all, and those one token goes through (2 of 8 experts). */
    public static final long MOE_PARAMETERS = 5040;
    public static final long MOE_ACTIVE_PARAMETERS = 2736;

    private HeaderOnlyModels() {
    }

    /**
     * Two blocks, each with 8 experts of which 2 are used per token: attention (q 256, k 128, v 128, output 256),
     * a router (128) and the experts' gate, up and down tensors (3 × 512); plus embeddings (160) and a norm (16).
     * It says it is a Q4_K_M (general.file_type 15), as a converted file would.
     */
    public static Path mixtureOfExperts(Path file) throws IOException {
        String a = "qwen3moe";
        GgufWriter gguf = new GgufWriter()
                .string("general.architecture", a)
                .string("general.name", "tiny-moe")
                .uint32("general.file_type", 15)
                .uint32(a + ".context_length", 4096)
                .uint32(a + ".embedding_length", 16)
                .uint32(a + ".block_count", 2)
                .uint32(a + ".attention.head_count", 2)
                .uint32(a + ".attention.head_count_kv", 1)
                .uint32(a + ".expert_count", 8)
                .uint32(a + ".expert_used_count", 2);
        gguf.tensor("token_embd.weight", new float[160], 16, 10);
        for (int block = 0; block < 2; block++) {
            String p = "blk." + block + ".";
            gguf.tensor(p + "attn_q.weight", new float[256], 16, 16)
                    .tensor(p + "attn_k.weight", new float[128], 16, 8)
                    .tensor(p + "attn_v.weight", new float[128], 16, 8)
                    .tensor(p + "attn_output.weight", new float[256], 16, 16)
                    .tensor(p + "ffn_gate_inp.weight", new float[128], 16, 8)
                    .tensor(p + "ffn_gate_exps.weight", new float[512], 16, 4, 8)
                    .tensor(p + "ffn_up_exps.weight", new float[512], 16, 4, 8)
                    .tensor(p + "ffn_down_exps.weight", new float[512], 4, 16, 8);
        }
        gguf.tensor("output_norm.weight", new float[16], 16);
        return gguf.write(file);
    }

    /**
     * Four layers as Gemma 4 lays them out: three sliding-window layers (window 8, keys and values of 16) and one
     * full-attention layer (keys and values of 32), 2 KV heads each. Per token: the full layer takes
     * 2 × (32 + 32) × 2 = 256 bytes; the sliding layers 3 × 2 × (16 + 16) × 2 = 384 bytes, for at most 8 tokens.
     */
    public static Path slidingWindow(Path file) throws IOException {
        String a = "gemma4";
        GgufWriter gguf = new GgufWriter()
                .string("general.architecture", a)
                .uint32(a + ".context_length", 1024)
                .uint32(a + ".embedding_length", 64)
                .uint32(a + ".block_count", 4)
                .uint32(a + ".attention.head_count", 4)
                .int32s(a + ".attention.head_count_kv", new int[] {2, 2, 2, 2})
                .uint32(a + ".attention.key_length", 32)
                .uint32(a + ".attention.value_length", 32)
                .uint32(a + ".attention.key_length_swa", 16)
                .uint32(a + ".attention.value_length_swa", 16)
                .uint32(a + ".attention.sliding_window", 8)
                .bools(a + ".attention.sliding_window_pattern", true, true, true, false);
        gguf.tensor("token_embd.weight", new float[64], 64);
        return gguf.write(file);
    }
}
