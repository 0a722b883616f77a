package org.dossier.engine.gguf;

import java.util.List;

/**
 * The KV cache a model's layers take per token of context, from the header: per layer, KV heads × (key length +
 * value length) × 2 bytes (F16, llama.cpp's default cache type). Models that mix layer kinds (Gemma 4) give KV
 * heads per layer, mark sliding-window layers in {@code attention.sliding_window_pattern} with their own key and
 * value lengths ({@code key_length_swa}, {@code value_length_swa}), and may let their last layers reuse earlier
 * layers' cache ({@code attention.shared_kv_layers}), which then take none.
 *
 * @param perToken       bytes per token in the full-attention layers
 * @param perWindowToken bytes per token in the sliding-window layers, which hold at most {@code window} tokens
 */
record KvCache(long perToken, long perWindowToken, long window) {

    private static final int F16_BYTES = 2;

    static KvCache of(GgufFile file, String a, long layers, long embedding) {
        long heads = perLayerMax(file, a + ".attention.head_count");
        if (layers == 0 || heads == 0 || embedding == 0) {
            return new KvCache(0, 0, 0);
        }
        long keyLength = file.integer(a + ".attention.key_length").orElse(embedding / heads);
        long valueLength = file.integer(a + ".attention.value_length").orElse(keyLength);
        long keyLengthSwa = file.integer(a + ".attention.key_length_swa").orElse(keyLength);
        long valueLengthSwa = file.integer(a + ".attention.value_length_swa").orElse(keyLengthSwa);
        List<?> kvHeads = file.array(a + ".attention.head_count_kv").orElse(null);
        long kvHeadsAll = file.integer(a + ".attention.head_count_kv").orElse(heads);
        List<?> sliding = file.array(a + ".attention.sliding_window_pattern").orElse(List.of());
        long window = file.integer(a + ".attention.sliding_window").orElse(0L);
        long owning = layers - file.integer(a + ".attention.shared_kv_layers").orElse(0L);
        long full = 0;
        long windowed = 0;
        for (int layer = 0; layer < owning; layer++) {
            long kv = kvHeads == null ? kvHeadsAll : kvHeads.size() > layer && kvHeads.get(layer) instanceof Long n ? n : 0;
            boolean slides = window > 0 && sliding.size() > layer && Boolean.TRUE.equals(sliding.get(layer));
            if (slides) {
                windowed += kv * (keyLengthSwa + valueLengthSwa) * F16_BYTES;
            } else {
                full += kv * (keyLength + valueLength) * F16_BYTES;
            }
        }
        return new KvCache(full, windowed, windowed > 0 ? window : 0);
    }

    private static long perLayerMax(GgufFile file, String key) {
        return file.integer(key).orElseGet(() -> file.array(key).map(values -> values.stream()
                .mapToLong(v -> v instanceof Long n ? n : 0).max().orElse(0)).orElse(0L));
    }
}
