package org.dossier.engine.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufReaderTest {

    @TempDir
    Path dir;

    private final GgufReader reader = new GgufReader();

    @Test
    void readsTheMetadataOfEveryValueTypeAndTheTensorTable() throws IOException {
        // given
        Path file = new GgufWriter()
                .string("general.architecture", "llama")
                .uint32("llama.block_count", 3_000_000_000L)
                .float32("llama.attention.layer_norm_rms_epsilon", 1e-5f)
                .bool("tokenizer.ggml.add_bos_token", true)
                .strings("tokenizer.ggml.tokens", List.of("<unk>", "▁the"))
                .int32s("tokenizer.ggml.token_type", new int[] {2, 1})
                .tensor("token_embd.weight", new float[6], 3, 2)
                .tensor("output_norm.weight", new float[3], 3)
                .write(dir.resolve("m.gguf"));

        // when
        GgufFile gguf = reader.read(file);

        // then
        assertThat(gguf.version()).isEqualTo(3);
        assertThat(gguf.string("general.architecture")).contains("llama");
        assertThat(gguf.integer("llama.block_count")).contains(3_000_000_000L); // uint32 stays unsigned
        assertThat(gguf.metadata().get("llama.attention.layer_norm_rms_epsilon")).isEqualTo(1e-5f);
        assertThat(gguf.metadata().get("tokenizer.ggml.add_bos_token")).isEqualTo(true);
        assertThat(gguf.array("tokenizer.ggml.tokens")).contains(List.of("<unk>", "▁the"));
        assertThat(gguf.array("tokenizer.ggml.token_type")).contains(List.of(2L, 1L));
        assertThat(gguf.tensors()).extracting(GgufTensorInfo::name).containsExactly("token_embd.weight", "output_norm.weight");
        assertThat(gguf.tensors().getFirst().dimensions()).containsExactly(3L, 2L);
        assertThat(gguf.tensors().get(1).offset()).isEqualTo(32); // 24 bytes of data, padded to the 32-byte alignment
        assertThat(gguf.dataOffset() % 32).isZero();
    }

    @Test
    void describesTheTinyModelItsArchitectureSizesTemplateAndWeightBytes() throws IOException {
        // given
        Path file = TinyLlamaGguf.write(dir.resolve("tiny.gguf"));

        // when
        GgufModelInfo info = GgufModelInfo.of(reader.read(file));

        // then
        assertThat(info.architecture()).isEqualTo("llama");
        assertThat(info.name()).isEqualTo("dossier-tiny-test");
        assertThat(info.contextLength()).isEqualTo(TinyLlamaGguf.CONTEXT);
        assertThat(info.embeddingLength()).isEqualTo(TinyLlamaGguf.EMBEDDING);
        assertThat(info.blockCount()).isEqualTo(TinyLlamaGguf.BLOCKS);
        assertThat(info.hasChatTemplate()).isTrue();
        assertThat(info.poolingType()).isEqualTo(-1);
        assertThat(info.sizeEstimateComplete()).isTrue();
        long elements = reader.read(file).tensors().stream().mapToLong(GgufTensorInfo::elementCount).sum();
        assertThat(info.tensorDataBytes()).isEqualTo(4 * elements); // every tensor is F32
    }

    @Test
    void readsOnlyTheHeaderOfAHugeFile() throws IOException {
        // given a model followed by 8 GB of (sparse) data nobody needs to read
        Path file = TinyLlamaGguf.write(dir.resolve("huge.gguf"));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(8L << 30);
        }

        // when
        long start = System.nanoTime();
        GgufFile gguf = reader.read(file);

        // then
        assertThat(gguf.fileSize()).isEqualTo(8L << 30);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void aMissingFileIsReportedWithWhatToDo() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nowhere.gguf")))
                .isInstanceOf(GgufException.class)
                .hasMessageStartingWith("model file not found: ")
                .hasMessageContaining("point the model setting at an existing .gguf file");
    }

    @Test
    void randomBytesAreNotAGguf() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.gguf"), noise);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(GgufException.class)
                .hasMessageStartingWith("not a GGUF model file: ");
    }

    @Test
    void aModelCutInHalfIsReportedAsTruncated() throws IOException {
        Path whole = TinyLlamaGguf.write(dir.resolve("whole.gguf"));
        Path half = Files.write(dir.resolve("half.gguf"), halfOf(whole));

        assertThatThrownBy(() -> reader.read(half))
                .isInstanceOf(GgufException.class)
                .hasMessageStartingWith("model file is truncated: ")
                .hasMessageContaining("fetch the model again");
    }

    @Test
    void aModelCutInsideItsHeaderIsReportedAsTruncated() throws IOException {
        Path whole = TinyLlamaGguf.write(dir.resolve("whole.gguf"));
        Path cut = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(Files.readAllBytes(whole), 200));

        assertThatThrownBy(() -> reader.read(cut))
                .isInstanceOf(GgufException.class)
                .hasMessageContaining("truncated")
                .hasMessageContaining("ends inside the header");
    }

    @Test
    void anUnsupportedVersionIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(TinyLlamaGguf.write(dir.resolve("v.gguf")));
        bytes[4] = 9; // the version, little-endian, right after the magic

        assertThatThrownBy(() -> reader.read(Files.write(dir.resolve("v9.gguf"), bytes)))
                .isInstanceOf(GgufException.class)
                .hasMessageStartingWith("GGUF version 9 is not supported");
    }

    private static byte[] halfOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Arrays.copyOf(bytes, bytes.length / 2);
    }
}
