package org.dossier.indexer.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.dossier.samples.TikaTestPsts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An Outlook .pst is read message by message: each message goes to the sink, with its attachments, as soon as Tika
 * has read it, and is what Tika's parse of the whole file gives for it. Real Tika on Tika's own test .pst files.
 */
class PstStreamingTest {

    private static final String WEBINAR = "[WEBINAR] - \"Introducing Couchbase Server 2.5\".msg";

    @TempDir
    Path dir;

    private final TikaExtractor extractor = new TikaExtractor(20_000_000, Ocr.off(), ArchiveLimits.DEFAULTS);

    @Test
    void eachMessageIsHandedOverBeforeTheParseReadsTheNextOne() throws Exception {
        Path pst = TikaTestPsts.copy(TikaTestPsts.MESSAGES, dir.resolve("mail.pst"));
        List<List<ExtractedPart>> handedOver = new ArrayList<>();

        // On the first message the sink empties the file the parse has open: what it has not read yet is gone.
        Extraction end = extractor.extract(pst, parts -> {
            handedOver.add(parts);
            if (handedOver.size() == 2) {
                emptied(pst);
            }
        });

        assertThat(handedOver).hasSize(2);
        assertThat(handedOver.getFirst()).singleElement().satisfies(file -> {
            assertThat(file.isContainer()).isTrue();
            assertThat(file.mediaType()).isEqualTo(PstExtraction.MEDIA_TYPE);
        });
        assertThat(handedOver.get(1)).singleElement().extracting(ExtractedPart::title)
                .isEqualTo("Re: Feature Generators");
        assertThat(end).isInstanceOfSatisfying(Extraction.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("reading stopped after message 1: "));
    }

    @ParameterizedTest
    @ValueSource(strings = {TikaTestPsts.MESSAGES, TikaTestPsts.FOLDERS})
    void eachMessageWithItsAttachmentsIsWhatTheWholeFileParseGivesForIt(String name) throws Exception {
        Path pst = TikaTestPsts.copy(name, dir.resolve(name));
        List<List<ExtractedPart>> groups = new ArrayList<>();

        Extraction end = extractor.extract(pst, groups::add);
        List<ExtractedPart> whole = wholeFileParse(pst);

        List<List<ExtractedPart>> messages = groups.subList(1, groups.size());
        assertThat(end).isEqualTo(new Extraction.Streamed(messages.size()));
        assertThat(messages).allSatisfy(message -> assertThat(message.subList(1, message.size()))
                .as("a message's attachments come with it, under it")
                .allSatisfy(part -> assertThat(part.entry()).startsWith(message.getFirst().entry() + "/")));
        Map<String, ExtractedPart> streamed = byEntry(messages.stream().flatMap(List::stream).toList());
        assertThat(streamed).as("text, headers, folder, dates, digest of every message and attachment")
                .isEqualTo(byEntry(whole.subList(1, whole.size())));
        ExtractedPart file = groups.getFirst().getFirst();
        assertThat(List.of(file.entry(), file.mediaType(), file.title()))
                .isEqualTo(List.of(whole.getFirst().entry(), whole.getFirst().mediaType(), whole.getFirst().title()));
        assertThat(file.text()).as("its folder names are in its messages").isEmpty();
    }

    @Test
    void theTestFilesGiveTheirMessagesFoldersAndAttachments() throws Exception {
        List<ExtractedPart> messages = parts(TikaTestPsts.MESSAGES);
        List<ExtractedPart> inFolders = parts(TikaTestPsts.FOLDERS);

        assertThat(messages).filteredOn(part -> part.entry().lastIndexOf('/') == 0).hasSize(7)
                .extracting(ExtractedPart::title).contains("Re: Feature Generators", "FW: First email",
                        "[jira] [Resolved] (TIKA-1249) Vcard files detection");
        assertThat(messages).extracting(ExtractedPart::entry)
                .contains("/ First email.msg/First email.msg", "/ First email.msg/First email.msg/attachment.docx");
        assertThat(messages).filteredOn(part -> part.entry().endsWith("attachment.docx")).singleElement()
                .satisfies(docx -> assertThat(docx.sha256()).hasSize(64));
        assertThat(messages).filteredOn(ExtractedPart::isMessage).extracting(ExtractedPart::sha256)
                .as("Tika hands a .pst message over without bytes: no digest, not the digest of nothing")
                .containsOnlyNulls();
        assertThat(inFolders).filteredOn(ExtractedPart::isMessage).hasSize(4)
                .allSatisfy(message -> assertThat(message.mail().folder()).isEqualTo("Inbox/tmp"))
                .extracting(ExtractedPart::entry).contains("/ original email.msg", "/ original email.msg (2)",
                        "/ original email.msg (3)");
    }

    @Test
    void aMessageOverTheLimitIsCutAndTheMessagesAfterItStillCome() throws Exception {
        Path pst = TikaTestPsts.copy(TikaTestPsts.MESSAGES, dir.resolve("mail.pst"));
        List<ExtractedPart> parts = new ArrayList<>();

        Extraction end = new TikaExtractor(300, Ocr.off(), ArchiveLimits.DEFAULTS).extract(pst, parts::addAll);

        assertThat(end).isEqualTo(new Extraction.Streamed(7));
        assertThat(parts).filteredOn(part -> ("/" + WEBINAR).equals(part.entry())).singleElement()
                .satisfies(webinar -> {
                    assertThat(webinar.text()).hasSize(300).contains("Couchbase");
                    assertThat(webinar.truncated()).isTrue();
                });
        assertThat(parts).filteredOn(part -> part.entry().endsWith("attachment.docx")).singleElement()
                .satisfies(docx -> assertThat(docx.truncated()).isFalse());
    }

    @Test
    void theEntryLimitHoldsForEachMessageNotForTheWholeFile() throws Exception {
        Path pst = TikaTestPsts.copy(TikaTestPsts.MESSAGES, dir.resolve("mail.pst"));
        List<ExtractedPart> parts = new ArrayList<>();

        Extraction end = new TikaExtractor(20_000_000, Ocr.off(), new ArchiveLimits(5, 1)).extract(pst, parts::addAll);

        assertThat(end).isEqualTo(new Extraction.Streamed(7));
        assertThat(parts).extracting(ExtractedPart::entry).as("one document opened inside each message")
                .contains("/ First email.msg/First email.msg").noneMatch(entry -> entry.endsWith("attachment.docx"));
        assertThat(parts).filteredOn(part -> part.entry().equals("/ First email.msg")).singleElement()
                .extracting(ExtractedPart::truncated).isEqualTo(true);
    }

    @Test
    void aPstIsKnownByWhatItBeginsWithWhateverItsName() throws Exception {
        Path unnamed = TikaTestPsts.copy(TikaTestPsts.FOLDERS, dir.resolve("backup-2014"));

        assertThat(TikaExtractor.mayBeMailbox(unnamed)).isTrue();
        assertThat(extractor.extract(unnamed, parts -> { })).isEqualTo(new Extraction.Streamed(4));
    }

    @Test
    void aFileGatheredWholeHasTheStreamedParts() throws Exception {
        Path pst = TikaTestPsts.copy(TikaTestPsts.MESSAGES, dir.resolve("mail.pst"));
        List<ExtractedPart> streamed = new ArrayList<>();
        extractor.extract(pst, streamed::addAll);

        assertThat(extractor.extract(pst)).isEqualTo(new Extraction.Extracted(streamed));
    }

    @Test
    void aDamagedFileKeepsTheMessagesReadBeforeTheDamageAndSaysWhereItStopped() throws Exception {
        Path pst = TikaTestPsts.damaged(dir.resolve("damaged.pst"));
        List<List<ExtractedPart>> groups = new ArrayList<>();

        Extraction end = extractor.extract(pst, groups::add);

        assertThat(groups).hasSize(1 + TikaTestPsts.READABLE_BEFORE_DAMAGE);
        assertThat(end).isInstanceOfSatisfying(Extraction.Failed.class, failed -> assertThat(failed.reason())
                .startsWith("reading stopped after message " + TikaTestPsts.READABLE_BEFORE_DAMAGE + ": ")
                .contains("the file may be damaged"));
    }

    /** Today's parse of a whole file, all parts at once: what each streamed message is compared with. */
    private List<ExtractedPart> wholeFileParse(Path pst) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, pst.getFileName().toString());
        try (TikaInputStream input = TikaInputStream.get(pst, metadata)) {
            return ((Extraction.Extracted) extractor.extractWhole(input, metadata)).parts();
        }
    }

    private List<ExtractedPart> parts(String name) throws IOException {
        List<ExtractedPart> parts = new ArrayList<>();
        extractor.extract(TikaTestPsts.copy(name, dir.resolve(name)), parts::addAll);
        return parts;
    }

    private static Map<String, ExtractedPart> byEntry(List<ExtractedPart> parts) {
        assertThat(parts).extracting(ExtractedPart::entry).doesNotHaveDuplicates();
        return parts.stream().collect(Collectors.toMap(ExtractedPart::entry, Function.identity()));
    }

    private static void emptied(Path file) {
        try {
            Files.write(file, new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
