package org.dossier.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.indexer.ArchiveFiles.text;
import static org.dossier.indexer.ArchiveFiles.zip;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.assistant.answer.GroundedAnswerer;
import org.dossier.assistant.answer.PromptTemplates;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.ModelStatus;
import org.dossier.indexer.ArchiveFiles;
import org.dossier.indexer.Location;
import org.dossier.indexer.OfficeFiles;
import org.dossier.indexer.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Citations name the place a person would look: the slide of a deck, the sheet of a workbook, the page of a PDF
 * inside an archive, the entry of an archive inside an archive or attached to an email. End to end: files the test
 * writes, indexed by the real indexer (Tika, Lucene, H2), found by search. In the module's root package: it
 * reaches through the answer service, and in retrieve it would make retrieve and answer depend on each other
 * (ArchitectureTest).
 */
class CitationPlacesTest {

    private static final String PILOTAGE_MEMO = "Memo on the pilotage tender. The harbour master agreed the "
            + "quayside surcharge of 38,500 euros with Bluewater before the tender was published.";
    private static final ChatEngine NO_MODEL = () -> new ModelStatus(ModelStatus.State.NOT_CONFIGURED, "none");

    @TempDir
    static Path dataDir;
    @TempDir
    static Path folder;

    private static AssistantStack stack;
    private static AnswerService answers;

    @BeforeAll
    static void indexTheFolder() throws Exception {
        OfficeFiles.pptx(folder.resolve("decks/plan.pptx"), List.of("Harbour dredging plan", "",
                "Costs doubled after the tender"));
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        sheets.put("Budget", List.of("Item\tCost", "Outer channel dredging\t480000"));
        sheets.put("Vendors", List.of("Vendor\tSeat", "Bluewater Holdings Ltd\tLimassol"));
        sheets.put("Payments", List.of("Date\tAmount", "2024-04-15\t410000"));
        OfficeFiles.xlsx(folder.resolve("finance/port.xlsx"), sheets);
        OfficeFiles.ods(folder.resolve("finance/port.ods"), Map.of("Cranes", List.of("Gantry crane lease renewed")));
        Path pdf = TestFiles.pdf(folder.resolve("tmp/q3.pdf"),
                List.of("Quarterly memo, cover page.", "The auditor flagged the pilotage invoices."));
        byte[] pdfBytes = Files.readAllBytes(pdf);
        Files.delete(pdf);
        Files.delete(folder.resolve("tmp"));
        ArchiveFiles.write(folder.resolve("leak.zip"), zip(Map.of("memos/q3.pdf", pdfBytes)));
        ArchiveFiles.write(folder.resolve("outer.zip"), zip(Map.of("deep/inner.zip",
                zip(Map.of("docs/b.txt", text("Tugboat charter signed in secret."))))));
        mailWithZip(folder.resolve("mail/inbox.mbox"),
                zip(Map.of("memos/q4.txt", text("Harbour lighthouse repair estimate withheld."))));

        Files.createDirectories(folder.resolve("memos"));
        Files.writeString(folder.resolve("memos/pilotage.txt"), PILOTAGE_MEMO, StandardCharsets.UTF_8);
        TestFiles.emailWithAttachment(folder.resolve("mail/forwarded.eml"), "pilotage.txt", PILOTAGE_MEMO);

        stack = new AssistantStack(dataDir);
        stack.index(folder);
        answers = stack.answers;
    }

    @AfterAll
    static void closeStack() throws Exception {
        stack.close();
    }

    @Test
    void aSlideIsCitedByItsNumberCountingSlidesWithoutText() {
        Citation citation = first("costs doubled after the tender");

        assertThat(citation.location()).isEqualTo(Location.slide(3));
        assertThat(citation.label()).isEqualTo("decks/plan.pptx, slide 3");
    }

    @Test
    void aSheetIsCitedByItsNameNeverByAPage() {
        Citation citation = first("Bluewater Holdings Limassol");

        assertThat(citation.location()).isEqualTo(Location.sheet(2, "Vendors"));
        assertThat(citation.label()).isEqualTo("finance/port.xlsx, sheet “Vendors”");
        assertThat(first("outer channel dredging").label()).isEqualTo("finance/port.xlsx, sheet “Budget”");
    }

    @Test
    void anOdsSheetIsCitedByItsNumber() {
        assertThat(first("gantry crane lease").label()).isEqualTo("finance/port.ods, sheet 1");
    }

    @Test
    void aPdfInsideAnArchiveIsCitedByItsPathInsideAndItsPage() {
        Citation citation = first("auditor flagged pilotage invoices");

        assertThat(citation.file()).isEqualTo("leak.zip");
        assertThat(citation.archivePath()).isEqualTo("/memos/q3.pdf");
        assertThat(citation.label()).isEqualTo("leak.zip!/memos/q3.pdf, page 2");
    }

    @Test
    void anArchiveInsideAnArchiveIsClosedByAnExclamationMarkAtEachLevel() {
        assertThat(first("tugboat charter").label()).isEqualTo("outer.zip!/deep/inner.zip!/docs/b.txt");
    }

    @Test
    void anEntryOfAZipAttachedToAnEmailIsCitedWithTheMessageAndTheAttachment() {
        Citation citation = first("lighthouse repair estimate");

        assertThat(citation.message()).isNotNull();
        assertThat(citation.archivePath()).isNull();
        assertThat(citation.attachment()).isEqualTo("leak.zip!/memos/q4.txt");
        assertThat(citation.label()).startsWith("mail/inbox.mbox — message “Leaked files” from Ayşe Yılmaz")
                .endsWith(" — attachment leak.zip!/memos/q4.txt");
    }

    @Test
    void aFileAndTheSameFileAttachedToAnEmailAreCitedOnceWithBothPlaces() {
        List<Citation> citations = answers.search("quayside surcharge pilotage tender");

        List<Citation> memo = citations.stream().filter(c -> c.passage().contains("quayside surcharge")).toList();
        assertThat(memo).as("indexed once, cited once").hasSize(1);
        List<String> places = new java.util.ArrayList<>(memo.getFirst().alsoAt());
        places.add(memo.getFirst().label());
        assertThat(places).containsExactlyInAnyOrder("memos/pilotage.txt",
                "mail/forwarded.eml — message “Fwd: pilotage memo” from Mirela Celik <mirela@portveldin.example>, "
                        + "2026-03-03 — attachment pilotage.txt");
    }

    @Test
    void theOtherPlacesOfACitationAreKeptInItsJson() {
        JsonMapper json = JsonMapper.builder().build();
        Citation citation = first("quayside surcharge pilotage tender");

        assertThat(citation.alsoAt()).hasSize(1);
        assertThat(json.readValue(json.writeValueAsString(citation), Citation.class)).isEqualTo(citation);
    }

    /** What /api/search and {@code search --json} print, and what a stored conversation keeps. */
    @Test
    void theJsonCarriesTheLocationAndTheLabelAndReadsBackWhole() {
        JsonMapper json = JsonMapper.builder().build();
        Citation citation = first("Bluewater Holdings Limassol");

        JsonNode written = json.readTree(json.writeValueAsString(citation));

        assertThat(written.get("location").get("kind").asString()).isEqualTo("SHEET");
        assertThat(written.get("location").get("number").asInt()).isEqualTo(2);
        assertThat(written.get("location").get("name").asString()).isEqualTo("Vendors");
        assertThat(written.get("label").asString()).isEqualTo("finance/port.xlsx, sheet “Vendors”");
        assertThat(json.readValue(json.writeValueAsString(citation), Citation.class)).isEqualTo(citation);
    }

    private static Citation first(String words) {
        List<Citation> citations = answers.search(words);
        assertThat(citations).as("passages matching «%s»", words).isNotEmpty();
        return citations.getFirst();
    }

    private static void mailWithZip(Path file, byte[] zip) throws Exception {
        Files.createDirectories(file.getParent());
        String from = "=?UTF-8?B?" + Base64.getEncoder().encodeToString("Ayşe Yılmaz".getBytes(StandardCharsets.UTF_8))
                + "?=";
        Files.writeString(file, """
                From ayse@portveldin.example Mon Mar  2 09:15:00 2026
                From: %s <ayse@portveldin.example>
                To: Mirela Celik <mirela@portveldin.example>
                Subject: Leaked files
                Date: Mon, 2 Mar 2026 09:15:00 +0100
                Message-ID: <leak@portveldin.example>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                The archive is attached.

                --b1
                Content-Type: application/zip; name="leak.zip"
                Content-Disposition: attachment; filename="leak.zip"
                Content-Transfer-Encoding: base64

                %s
                --b1--

                """.formatted(from, Base64.getMimeEncoder().encodeToString(zip)), StandardCharsets.UTF_8);
    }
}
