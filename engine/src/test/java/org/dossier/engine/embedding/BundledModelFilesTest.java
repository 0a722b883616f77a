package org.dossier.engine.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled model's files, unpacked from the real LangChain4j jar into a cache folder. */
class BundledModelFilesTest {

    @TempDir
    Path cache;

    @Test
    void theModelFromItsUnpackedFileMakesTheSameVectorsAsTheModelLoadedFromTheJar() throws Exception {
        BundledModelFiles files = BundledModelFiles.unpack(cache);
        List<TextSegment> texts = List.of(TextSegment.from(BundledEmbeddings.QUERY_INSTRUCTION + "beneficial owner"),
                TextSegment.from("The dredging contract was signed by Harbour Master Tomas Brenner."));

        EmbeddingModel fromFiles = new OnnxEmbeddingModel(files.model(), files.tokenizer(), PoolingMode.CLS);
        EmbeddingModel fromJar = new BgeSmallEnV15QuantizedEmbeddingModel();

        for (TextSegment text : texts) {
            assertThat(fromFiles.embed(text).content().vector()).isEqualTo(fromJar.embed(text).content().vector());
        }
    }

    @Test
    void unpacksOnceAndThenUsesTheFilesAsTheyAre() throws Exception {
        BundledModelFiles first = BundledModelFiles.unpack(cache);
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(first.model(), written);

        BundledModelFiles second = BundledModelFiles.unpack(cache);

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second.model())).isEqualTo(written);
        assertThat(Files.size(second.model())).isGreaterThan(30_000_000L);
        assertThat(first.model().getParent()).isEqualTo(cache.resolve("bundled-model"));
    }

    @Test
    void aTruncatedFileIsUnpackedAgain() throws Exception {
        BundledModelFiles first = BundledModelFiles.unpack(cache);
        long size = Files.size(first.tokenizer());
        Files.write(first.tokenizer(), new byte[10]);

        BundledModelFiles again = BundledModelFiles.unpack(cache);

        assertThat(Files.size(again.tokenizer())).isEqualTo(size);
    }

    @Test
    void anotherVersionsModelIsRemovedWhenThisOneIsUnpacked() throws Exception {
        Path folder = Files.createDirectories(cache.resolve("bundled-model"));
        Path older = Files.writeString(folder.resolve("0badc0de-" + BundledModelFiles.MODEL), "an older model");

        BundledModelFiles files = BundledModelFiles.unpack(cache);

        assertThat(older).doesNotExist();
        assertThat(files.model()).exists();
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactlyInAnyOrder(files.model(), files.tokenizer());
        }
    }
}
