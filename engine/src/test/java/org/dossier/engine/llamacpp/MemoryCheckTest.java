package org.dossier.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.dossier.engine.gguf.GgufException;
import org.dossier.engine.gguf.GgufModelInfo;
import org.junit.jupiter.api.Test;

class MemoryCheckTest {

    private static final long GB = 1_000_000_000L;
    private final GgufModelInfo model = new GgufModelInfo(Path.of("/models/big-Q8_0.gguf"), "gemma3", "big", 131072,
            3840, 48, true, -1, 12 * GB, List.of());

    @Test
    void aModelWhoseWeightsAndBuffersFitIsAccepted() {
        MemoryCheck check = new MemoryCheck(() -> 16 * GB);

        assertThatCode(() -> check.requireFits(model)).doesNotThrowAnyException();
    }

    @Test
    void aModelLargerThanTheAvailableMemoryIsRefusedWithSizesAndWhatToDo() {
        MemoryCheck check = new MemoryCheck(() -> 8 * GB);

        assertThatThrownBy(() -> check.requireFits(model))
                .isInstanceOf(GgufException.class)
                .hasMessage("model big-Q8_0.gguf needs about 12.5 GB of memory but only 8.0 GB is available — close"
                        + " other programs or choose a smaller quantisation (e.g. Q4_K_M) of the model");
    }

    @Test
    void theNeedIsTheWeightsPlusRoomForCacheAndBuffers() {
        assertThat(new MemoryCheck(() -> 0).requiredBytes(model)).isEqualTo(12 * GB + MemoryCheck.OVERHEAD_BYTES);
    }

    @Test
    void thisMachineReportsSomeAvailableMemory() {
        assertThatCode(() -> MemoryCheck.ofThisMachine().requireFits(new GgufModelInfo(Path.of("t.gguf"), "llama",
                "t", 0, 0, 0, false, -1, 1, List.of()))).doesNotThrowAnyException();
    }
}
