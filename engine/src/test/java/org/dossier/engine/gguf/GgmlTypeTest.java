package org.dossier.engine.gguf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GgmlTypeTest {

    @Test
    void sizesFollowTheBlockLayoutOfEachType() {
        assertThat(GgmlType.F32.bytesFor(10)).isEqualTo(40);
        assertThat(GgmlType.F16.bytesFor(10)).isEqualTo(20);
        assertThat(GgmlType.Q8_0.bytesFor(64)).isEqualTo(2 * 34);
        assertThat(GgmlType.Q4_0.bytesFor(4096)).isEqualTo(128 * 18);
        assertThat(GgmlType.Q4_K.bytesFor(4096)).isEqualTo(16 * 144);
        assertThat(GgmlType.Q5_K.bytesFor(4096)).isEqualTo(16 * 176);
        assertThat(GgmlType.Q6_K.bytesFor(4096)).isEqualTo(16 * 210);
    }

    @Test
    void aTensorOfAnUnknownTypeHasNoKnownSize() {
        GgufTensorInfo future = new GgufTensorInfo("blk.0.ffn_up.weight", List.of(4096L, 4096L), 99, 0);

        assertThat(future.type()).isNull();
        assertThat(future.sizeInBytes()).isEqualTo(-1);
    }
}
