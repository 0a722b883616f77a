package org.dossier.indexer.internal.isolate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.dossier.indexer.Location;
import org.dossier.indexer.MailHeaders;
import org.dossier.indexer.internal.extract.ExtractedPart;
import org.dossier.indexer.internal.extract.Extraction;
import org.dossier.indexer.internal.extract.Section;
import org.junit.jupiter.api.Test;

class WorkerProtocolTest {

    @Test
    void everyOutcomeAndEveryFieldOfAPartSurvivesTheTrip() throws IOException {
        ExtractedPart container = new ExtractedPart("", "application/mbox", "Inbox", null, null, null,
                "ünïcödé 𝄞 text", List.of(0, 12), List.of(3), true, null);
        MailHeaders mail = new MailHeaders("Ayşe <a@x>", List.of("Brenner, Tomas <b@x>", "c@x"), List.of("d@x"),
                "id@x", "parent@x", List.of("root@x", "parent@x"), "Inbox/Projects");
        ExtractedPart message = new ExtractedPart("/embedded-1", "message/rfc822", "Invoice", "Ayşe <a@x>",
                Instant.parse("2026-03-02T08:15:00.123456789Z"), mail, "x".repeat(100_000),
                List.of(), List.of(), false, "broken attachment");
        ExtractedPart bare = new ExtractedPart("/embedded-2", "message/rfc822", null, null, null,
                new MailHeaders(null, List.of(), List.of(), null, null, List.of(), null), "", List.of(), List.of(),
                false, null);
        ExtractedPart workbook = new ExtractedPart("/embedded-1/budget.xlsx", "application/vnd.ms-excel", "Budget",
                null, null, null, "Budget\nVendors", List.of(), List.of(0, 8), false, null,
                List.of(new Section(0, Location.sheet(1, "Budget ✓")), new Section(8, Location.sheet(2, null))));
        ExtractedPart deck = new ExtractedPart("/embedded-3", null, null, null, null, null, "one two",
                List.of(), List.of(), false, null, List.of(new Section(0, Location.slide(1)),
                new Section(4, Location.slide(2))));

        for (Extraction extraction : List.of(
                new Extraction.Extracted(List.of(container, message, bare, workbook, deck)),
                new Extraction.Skipped("empty file"), new Extraction.Failed("could not parse: bad trailer"))) {
            assertThat(roundTrip(extraction)).isEqualTo(new WorkerProtocol.Reply.Answer(extraction));
        }
    }

    @Test
    void anUnusualFileNameArrivesUnchanged() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path odd = Path.of("/tmp/Ölçüm — 報告 \u202Efdp.txt");

        WorkerProtocol.writeRequest(new DataOutputStream(bytes), odd);

        assertThat(WorkerProtocol.readRequest(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
                .isEqualTo(odd);
    }

    @Test
    void strayOutputIsRefusedInsteadOfMisread() {
        byte[] stray = "Warning: something printed\n".getBytes();

        assertThatThrownBy(() -> WorkerProtocol.readReply(new DataInputStream(new ByteArrayInputStream(stray))))
                .hasMessageContaining("not a reply");
    }

    private static WorkerProtocol.Reply roundTrip(Extraction extraction) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkerProtocol.writeExtraction(new DataOutputStream(bytes), extraction);
        return WorkerProtocol.readReply(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
