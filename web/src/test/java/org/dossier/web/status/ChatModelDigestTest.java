package org.dossier.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Queue;
import java.util.concurrent.Executor;

import org.dossier.engine.LocalModels;
import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.engine.models.ModelDigests;
import org.dossier.engine.models.ModelFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat model's SHA-256 on the status page: a page never waits for it. The first asks it to be computed in the
 * background and reads "computing…"; once computed it is cached in the data directory, and known from then on, also
 * to a status page of a later run. Real GGUF file, real digest cache; the background is a queue the test runs.
 */
class ChatModelDigestTest {

    @TempDir
    Path dir;

    /** Runs what it is given only when told to: the test decides when the background work happens. */
    private static final class HeldBackground implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    @Test
    void theFirstPageSaysComputingStartsOneComputationAndLaterPagesShowTheDigest() throws Exception {
        Path model = TinyLlamaGguf.write(dir.resolve("tiny.gguf"));
        HeldBackground background = new HeldBackground();
        ChatModelDigest digest = new ChatModelDigest(models(model), background);

        ChatModelDigest.State first = digest.state();
        ChatModelDigest.State second = digest.state();
        assertThat(first).isInstanceOf(ChatModelDigest.State.Computing.class);
        assertThat(second).isInstanceOf(ChatModelDigest.State.Computing.class);
        assertThat(background.tasks).as("one computation, however many pages ask").hasSize(1);

        background.runAll();

        assertThat(digest.state()).isEqualTo(new ChatModelDigest.State.Known(sha256Of(model)));
        // a later run reads it from the data directory's cache, without computing
        HeldBackground later = new HeldBackground();
        assertThat(new ChatModelDigest(models(model), later).state())
                .isEqualTo(new ChatModelDigest.State.Known(sha256Of(model)));
        assertThat(later.tasks).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsSaidAndTriedAgain() throws Exception {
        Path missing = dir.resolve("gone.gguf");
        HeldBackground background = new HeldBackground();
        ChatModelDigest digest = new ChatModelDigest(models(missing), background);

        digest.state();
        background.runAll();
        ChatModelDigest.State failed = digest.state();

        assertThat(failed).isInstanceOfSatisfying(ChatModelDigest.State.Failed.class,
                f -> assertThat(f.reason()).contains("gone.gguf"));
        assertThat(background.tasks).as("tried again").hasSize(1);
    }

    @Test
    void withoutAModelFileThereIsNothingToHash() {
        HeldBackground background = new HeldBackground();

        assertThat(new ChatModelDigest(models(null), background).state())
                .isInstanceOf(ChatModelDigest.State.NoFile.class);
        assertThat(background.tasks).isEmpty();
    }

    private LocalModels models(Path chatModel) {
        return new LocalModels(ModelFinder.onlyConfigured(java.util.List.of()),
                ModelDigests.inDataDirectory(dir.resolve("data")), 4096, 8L << 30, chatModel, null);
    }

    private static String sha256Of(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
