package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.dossier.engine.FileSha256;
import org.dossier.indexer.IndexerProperties;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.TikaExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads that fail in a way that often passes (a network share that blinks, a file locked for a moment: an
 * {@code IOException} from the read) are tried again after growing waits; a file read after the failures passed is
 * hashed and extracted as any other, and one that keeps failing is recorded with a plain reason that says how often
 * and how long it was tried. The failing source is the one boundary stood in for here: what reads the real file on
 * disk (hash, Tika) is real, and the first reads throw as the operating system does when a share drops out.
 */
class TransientReadErrorsTest {

    /** A second in all, so that the reason can say so and the test stays quick. */
    private static final List<Duration> WAITS = List.of(Duration.ofMillis(100), Duration.ofMillis(200),
            Duration.ofMillis(300), Duration.ofMillis(400));

    @TempDir
    Path folder;

    private final SteadyRead steady = new SteadyRead(WAITS);
    private final TikaExtractor tika = new TikaExtractor(IndexerProperties.defaults().maxExtractedChars());

    @Test
    void aReadThatFailsTwiceAndThenWorksIsTriedAgainAndTheFileIsExtracted() throws Exception {
        FileIndexer.FoundFile memo = found("memo.txt", "The harbour dredging invoice was paid twice.");
        AtomicInteger reads = new AtomicInteger();
        Instant started = Instant.now();

        FileIndexer.Parsed parsed = steady.read(memo, file -> {
            if (reads.incrementAndGet() <= 2) {
                throw new IOException("Input/output error");
            }
            return new FileIndexer.Parsed(file, FileSha256.of(file.absolute()), tika.extract(file.absolute()));
        });

        assertThat(reads).hasValue(3);
        assertThat(Duration.between(started, Instant.now())).as("waited 100 then 200 ms before the third read")
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(parsed.sha256()).isEqualTo(FileSha256.of(memo.absolute()));
        assertThat(parsed.extraction()).isInstanceOfSatisfying(Extraction.Extracted.class, extracted ->
                assertThat(extracted.parts().getFirst().text()).contains("harbour dredging invoice"));
    }

    @Test
    void aReadThatKeepsFailingIsRecordedWithAPlainReasonSayingHowOftenItWasTried() throws Exception {
        FileIndexer.FoundFile memo = found("memo.txt", "Minutes of the council meeting.");
        AtomicInteger reads = new AtomicInteger();

        FileIndexer.Parsed parsed = steady.read(memo, file -> {
            reads.incrementAndGet();
            throw new IOException("Stale file handle");
        });

        assertThat(reads).as("the first read and one after each wait").hasValue(WAITS.size() + 1);
        assertThat(parsed.extraction()).isInstanceOfSatisfying(Extraction.Failed.class, failed ->
                assertThat(failed.reason()).isEqualTo("cannot read the file — is the disk or network share still "
                        + "there? (Stale file handle) — tried 5 times over 1 s"));
    }

    @Test
    void aReadRefusedForLackOfPermissionIsNotTriedAgainAndSaysWhatToDo() throws Exception {
        FileIndexer.FoundFile memo = found("memo.txt", "Confidential.");
        AtomicInteger reads = new AtomicInteger();

        FileIndexer.Parsed parsed = steady.read(memo, file -> {
            reads.incrementAndGet();
            throw new AccessDeniedException(file.absolute().toString());
        });

        assertThat(reads).hasValue(1);
        assertThat(parsed.extraction()).isInstanceOfSatisfying(Extraction.Failed.class, failed ->
                assertThat(failed.reason()).isEqualTo("permission denied — let your user account read it, then "
                        + "index again"));
    }

    /** A file written to disk, as the scan finds it: its size and time to the millisecond. */
    private FileIndexer.FoundFile found(String name, String text) throws IOException {
        Path file = Files.writeString(folder.resolve(name), text);
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileIndexer.FoundFile(1, file, name, attributes.size(),
                Instant.ofEpochMilli(attributes.lastModifiedTime().toMillis()));
    }
}
