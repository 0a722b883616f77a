package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.engine.gguf.TinyLlamaGguf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @Test
    void aModelFileIsDescribedFromItsHeader(@TempDir Path dir) throws Exception {
        Path gguf = TinyLlamaGguf.writeWithContextLength(dir.resolve("tiny.gguf"), 2048);

        ModelFile model = ModelFile.describe(gguf);

        assertThat(model.architecture()).isEqualTo("llama");
        assertThat(model.contextLength()).isEqualTo(2048);
        assertThat(model.layers()).isEqualTo(2);
        assertThat(model.sizeBytes()).isEqualTo(Files.size(gguf));
        assertThat(model.weightBytes()).isPositive().isLessThan(model.sizeBytes());
    }

    @Test
    void aFileThatIsNoModelSaysSo(@TempDir Path dir) throws Exception {
        Path notAModel = Files.writeString(dir.resolve("notes.gguf"), "not a model");

        assertThatThrownBy(() -> ModelFile.describe(notAModel)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notes.gguf");
        assertThatThrownBy(() -> ModelFile.describe(dir.resolve("missing.gguf")))
                .hasMessageContaining("model file not found");
    }
}
