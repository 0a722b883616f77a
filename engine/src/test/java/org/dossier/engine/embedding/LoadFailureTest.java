package org.dossier.engine.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Why the bundled model did not load, said so a user can act on it, never "null". */
class LoadFailureTest {

    private final Path cache = Path.of("data", "cache");

    @Test
    void aFullDiskDeepInTheChainIsNamedWithWhatToDo() {
        Throwable error = new ExceptionInInitializerError(new IllegalStateException(null,
                new IOException("No space left on device")));

        assertThat(LoadFailure.describe(error, cache))
                .startsWith("no space left on the disk to unpack its native libraries into " + cache)
                .contains("free some space");
    }

    @Test
    void wrappersWithoutAMessageGiveWayToTheFirstOneThatSaysSomething() {
        Throwable error = new RuntimeException((String) null, new UnsatisfiedLinkError("libonnxruntime.so: cannot open"));

        assertThat(LoadFailure.describe(error, cache)).isEqualTo("libonnxruntime.so: cannot open");
    }

    @Test
    void anErrorWithNoMessageAnywhereIsNamedByItsKind() {
        assertThat(LoadFailure.describe(new ExceptionInInitializerError((Throwable) null), cache))
                .isEqualTo("ExceptionInInitializerError (no message)");
    }

    @Test
    void aLoadThatFailedEarlierInAnotherThreadIsDescribedByWhatWentWrongThen() {
        Throwable error = new NoClassDefFoundError("Could not initialize class BgeSmallEnV15QuantizedEmbeddingModel");
        error.initCause(new ExceptionInInitializerError(
                "Exception java.lang.UnsatisfiedLinkError: libonnxruntime.so: cannot open [in thread \"preload\"]"));

        assertThat(LoadFailure.describe(error, cache)).contains("libonnxruntime.so: cannot open")
                .doesNotContain("Could not initialize");
    }
}
