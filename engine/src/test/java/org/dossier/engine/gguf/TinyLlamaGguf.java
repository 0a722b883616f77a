package org.dossier.engine.gguf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A tiny llama-architecture model with seeded random F32 weights that the bundled llama.cpp loads and runs: two
 * blocks, 16-wide embeddings, and an SPM vocabulary (special tokens, the 256 byte tokens so any text tokenizes, and
 * a handful of word pieces) plus a ChatML template. Its output is gibberish, but every code path is real.
 *
 * <p>The output layer gives a weight of zero to every token but the word pieces. Greedy decoding (temperature 0)
 * therefore only ever picks a word piece: never end-of-text and never half a UTF-8 character, so a test asking for
 * N tokens gets exactly N pieces of text.
 */
public final class TinyLlamaGguf {

    public static final String CHAT_TEMPLATE = """
            {% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] \
            + '<|im_end|>' + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}""";

    static final int EMBEDDING = 16;
    static final int FEED_FORWARD = 32;
    static final int BLOCKS = 2;
    static final int HEADS = 2;
    static final int CONTEXT = 512;

    private static final int NORMAL = 1;
    private static final int UNKNOWN = 2;
    private static final int CONTROL = 3;
    private static final int BYTE = 6;
    private static final List<String> WORD_PIECES = List.of("▁", "▁the", "▁a", "▁of", "▁and", "▁to", "▁in", "▁is",
            "▁model", "▁answer", "▁question", "▁document", "e", "t", "a", "o", "i", "n", "s", "r", "h", "l", "d");

    private TinyLlamaGguf() {
    }

    /** Writes the model as a llama-architecture GGUF. */
    public static Path write(Path file) throws IOException {
        return write(file, "llama");
    }

    /** Writes the same model but naming another architecture (its keys prefixed accordingly). */
    public static Path write(Path file, String architecture) throws IOException {
        return write(file, architecture, UnaryOperator.identity());
    }

    /** Writes the model as an embedding model that declares its pooling ({@code llama.pooling_type}). */
    public static Path writeWithPooling(Path file, int poolingType) throws IOException {
        return write(file, "llama", gguf -> gguf.uint32("llama.pooling_type", poolingType));
    }

    /** Writes the model with another chat template. */
    public static Path writeWithChatTemplate(Path file, String template) throws IOException {
        return write(file, "llama", template, CONTEXT, UnaryOperator.identity());
    }

    /**
     * Writes the model declaring a longer training context, so that a real prompt (instructions and whole passages,
     * about one token per character with this vocabulary) fits.
     */
    public static Path writeWithContextLength(Path file, int tokens) throws IOException {
        return write(file, "llama", CHAT_TEMPLATE, tokens, UnaryOperator.identity());
    }

    private static Path write(Path file, String architecture, UnaryOperator<GgufWriter> extra) throws IOException {
        return write(file, architecture, CHAT_TEMPLATE, CONTEXT, extra);
    }

    private static Path write(Path file, String architecture, String chatTemplate, int contextLength,
                              UnaryOperator<GgufWriter> extra) throws IOException {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"));
        List<Integer> types = new ArrayList<>(List.of(UNKNOWN, CONTROL, CONTROL, CONTROL, CONTROL));
        for (int b = 0; b < 256; b++) {
            tokens.add("<0x%02X>".formatted(b));
            types.add(BYTE);
        }
        int firstWordPiece = tokens.size();
        for (String piece : WORD_PIECES) {
            tokens.add(piece);
            types.add(NORMAL);
        }
        int vocabulary = tokens.size();
        float[] scores = new float[vocabulary];
        for (int t = firstWordPiece; t < vocabulary; t++) {
            scores[t] = -(t - firstWordPiece); // earlier pieces merge first, as in a trained SPM vocabulary
        }

        String a = architecture;
        GgufWriter gguf = new GgufWriter()
                .string("general.architecture", a)
                .string("general.name", "dossier-tiny-test")
                .uint32("general.alignment", GgufWriter.ALIGNMENT)
                .uint32(a + ".context_length", contextLength)
                .uint32(a + ".embedding_length", EMBEDDING)
                .uint32(a + ".block_count", BLOCKS)
                .uint32(a + ".feed_forward_length", FEED_FORWARD)
                .uint32(a + ".attention.head_count", HEADS)
                .uint32(a + ".attention.head_count_kv", HEADS)
                .float32(a + ".attention.layer_norm_rms_epsilon", 1e-5f)
                .uint32(a + ".rope.dimension_count", EMBEDDING / HEADS)
                .string("tokenizer.ggml.model", "llama")
                .strings("tokenizer.ggml.tokens", tokens)
                .floats("tokenizer.ggml.scores", scores)
                .int32s("tokenizer.ggml.token_type", types.stream().mapToInt(Integer::intValue).toArray())
                .uint32("tokenizer.ggml.unknown_token_id", 0)
                .uint32("tokenizer.ggml.bos_token_id", 1)
                .uint32("tokenizer.ggml.eos_token_id", 2)
                .string("tokenizer.chat_template", chatTemplate);

        extra.apply(gguf);
        Random random = new Random(42);
        gguf.tensor("token_embd.weight", gaussian(random, EMBEDDING * vocabulary, 1f), EMBEDDING, vocabulary);
        for (int block = 0; block < BLOCKS; block++) {
            String p = "blk." + block + ".";
            gguf.tensor(p + "attn_norm.weight", ones(EMBEDDING), EMBEDDING)
                    .tensor(p + "attn_q.weight", gaussian(random, EMBEDDING * EMBEDDING, 0.3f), EMBEDDING, EMBEDDING)
                    .tensor(p + "attn_k.weight", gaussian(random, EMBEDDING * EMBEDDING, 0.3f), EMBEDDING, EMBEDDING)
                    .tensor(p + "attn_v.weight", gaussian(random, EMBEDDING * EMBEDDING, 0.3f), EMBEDDING, EMBEDDING)
                    .tensor(p + "attn_output.weight", gaussian(random, EMBEDDING * EMBEDDING, 0.3f), EMBEDDING, EMBEDDING)
                    .tensor(p + "ffn_norm.weight", ones(EMBEDDING), EMBEDDING)
                    .tensor(p + "ffn_gate.weight", gaussian(random, EMBEDDING * FEED_FORWARD, 0.3f), EMBEDDING, FEED_FORWARD)
                    .tensor(p + "ffn_up.weight", gaussian(random, EMBEDDING * FEED_FORWARD, 0.3f), EMBEDDING, FEED_FORWARD)
                    .tensor(p + "ffn_down.weight", gaussian(random, FEED_FORWARD * EMBEDDING, 0.3f), FEED_FORWARD, EMBEDDING);
        }
        gguf.tensor("output_norm.weight", ones(EMBEDDING), EMBEDDING);
        float[] output = gaussian(random, EMBEDDING * vocabulary, 1f);
        Arrays.fill(output, 0, firstWordPiece * EMBEDDING, 0f); // rows of non-word-piece tokens
        gguf.tensor("output.weight", output, EMBEDDING, vocabulary);
        return gguf.write(file);
    }

    private static float[] gaussian(Random random, int count, float scale) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian() * scale;
        }
        return values;
    }

    private static float[] ones(int count) {
        float[] values = new float[count];
        Arrays.fill(values, 1f);
        return values;
    }
}
