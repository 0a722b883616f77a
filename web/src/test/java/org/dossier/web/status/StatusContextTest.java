package org.dossier.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.engine.ModelStatus;
import org.dossier.engine.ServedContext;
import org.dossier.indexer.StateCounts;
import org.junit.jupiter.api.Test;

/** Status says when the context served differs from the one set, and why. */
class StatusContextTest {

    @Test
    void aServedContextBelowTheSettingIsShownWithTheReason() {
        Status status = status(new ServedContext(8192, 2048, "llama-server /props",
                "the model was trained for 2048 tokens and llama-server caps each slot there"));

        assertThat(status.contextLine()).isEqualTo("2048 tokens (llama-server /props) — not the 8192 set: the model "
                + "was trained for 2048 tokens and llama-server caps each slot there");
    }

    @Test
    void aContextServedAsSetIsOneFigure() {
        assertThat(status(ServedContext.asConfigured(8192)).contextLine()).isEqualTo("8192 tokens (setting)");
    }

    private static Status status(ServedContext context) {
        return new Status("/data", List.of(), new StateCounts(0, 0, 0, 0, 0), 0,
                new ModelStatus(ModelStatus.State.READY, "ready"), context, null, List.of(), List.of(), List.of(), null,
                null, List.of());
    }
}
