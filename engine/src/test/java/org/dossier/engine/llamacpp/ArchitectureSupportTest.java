package org.dossier.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.dossier.engine.gguf.GgufException;
import org.dossier.engine.gguf.GgufModelInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchitectureSupportTest {

    private final ArchitectureSupport support = new ArchitectureSupport();

    @ParameterizedTest
    @ValueSource(strings = {"llama", "qwen2", "gemma2", "gemma3", "phi3", "nomic-bert", "bert", "command-r"})
    void architecturesOfBuild4916AreSupported(String architecture) {
        assertThat(support.supports(architecture)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gemma4", "gemma3n", "qwen3", "llama4", "gemma-embedding", "something-new"})
    void newerArchitecturesAreRefusedPointingToTheManagedServer(String architecture) {
        GgufModelInfo model = new GgufModelInfo(Path.of("/models/new.gguf"), architecture, "new", 8192, 2048, 30,
                true, -1, 1_000_000, List.of());

        assertThatThrownBy(() -> support.requireSupported(model))
                .isInstanceOf(GgufException.class)
                .hasMessage("model architecture '" + architecture + "' of new.gguf is too new for the in-process"
                        + " llama.cpp (build 4916): use the managed llama-server runtime"
                        + " (dossier.engine.runtime=llama-server)");
    }
}
