package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HexFormat;
import java.util.List;

import org.dossier.engine.gguf.HeaderOnlyModels;
import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.engine.models.ModelDigests;
import org.dossier.engine.models.ModelFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code models} on GGUF files the test writes, in a home folder of its own. */
class LocalModelsTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path home;
    @TempDir
    Path dataDir;

    @Test
    void describesEachModelFromItsHeaderWithItsFitAndSha256() throws Exception {
        // given
        Path llama = TinyLlamaGguf.write(Files.createDirectories(home.resolve("models")).resolve("tiny.gguf"));
        Path moe = HeaderOnlyModels.mixtureOfExperts(home.resolve("models/moe.gguf"));

        // when
        List<LocalModel> models = models(null, null).list();

        // then
        assertThat(models).extracting(LocalModel::path).containsExactly(moe, llama);
        LocalModel tiny = models.get(1);
        assertThat(tiny.problem()).isNull();
        assertThat(tiny.facts().architecture()).isEqualTo("llama");
        assertThat(tiny.sha256()).isEqualTo(sha256(llama));
        assertThat(tiny.fit().fits()).isTrue();
        assertThat(tiny.fit().largestContext()).isEqualTo(512);
        assertThat(tiny.where()).isEqualTo(home.resolve("models").toString());
        assertThat(tiny.pin()).isNull();
        assertThat(models.getFirst().facts().activeParameters()).isEqualTo(HeaderOnlyModels.MOE_ACTIVE_PARAMETERS);
    }

    @Test
    void aTruncatedFileIsListedWithWhatToDoAndNoFigures() throws Exception {
        Path model = TinyLlamaGguf.write(Files.createDirectories(home.resolve("models")).resolve("cut.gguf"));
        try (RandomAccessFile file = new RandomAccessFile(model.toFile(), "rw")) {
            file.setLength(file.length() / 2); // a download that stopped half way
        }

        LocalModel cut = models(null, null).list().getFirst();

        assertThat(cut.problem()).contains("truncated", "fetch the model again");
        assertThat(cut.facts()).isNull();
        assertThat(cut.fit()).isNull();
        assertThat(cut.sha256()).isNull();
    }

    @Test
    void theChatModelIsHeldToItsPinAndShownEvenOutsideTheUsualPlaces() throws Exception {
        Path chat = TinyLlamaGguf.write(home.resolve("elsewhere.gguf"));

        LocalModel matching = models(chat, sha256(chat).toUpperCase()).list().getFirst();
        LocalModel changed = models(chat, "0".repeat(64)).list().getFirst();

        assertThat(matching.where()).isEqualTo("dossier.engine.chat-model");
        assertThat(matching.pin()).isEqualTo(LocalModel.Pin.MATCHES);
        assertThat(changed.pin()).isEqualTo(LocalModel.Pin.DIFFERS);
    }

    @Test
    void theSha256IsComputedOnceAndComputedAgainWhenTheFileChanges() throws Exception {
        Path model = TinyLlamaGguf.write(home.resolve("m.gguf"));
        FileTime time = Files.getLastModifiedTime(model);
        ModelDigests digests = ModelDigests.inDataDirectory(dataDir);
        String first = digests.sha256(model);

        // a byte changed behind the cache's back, size and time kept: the cached digest stands (nothing re-read)
        flipLastByte(model);
        Files.setLastModifiedTime(model, time);
        assertThat(ModelDigests.inDataDirectory(dataDir).sha256(model)).isEqualTo(first);

        // once the time moves, as any real write moves it, the file is hashed again
        Files.setLastModifiedTime(model, FileTime.fromMillis(time.toMillis() + 1000));
        assertThat(ModelDigests.inDataDirectory(dataDir).sha256(model)).isEqualTo(sha256(model)).isNotEqualTo(first);
        assertThat(dataDir.resolve("cache/model-sha256.json")).exists();
    }

    private LocalModels models(Path chatModel, String pin) {
        return new LocalModels(new ModelFinder(List.of(), home, home.resolve(".ollama/models")),
                ModelDigests.inDataDirectory(dataDir), 8192, 16 * GIB, chatModel, pin);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    private static void flipLastByte(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() - 1);
            int last = raf.read();
            raf.seek(raf.length() - 1);
            raf.write(last ^ 0xff);
        }
    }
}
