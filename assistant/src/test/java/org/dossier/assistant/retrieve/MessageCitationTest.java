package org.dossier.assistant.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.dossier.assistant.Citation;
import org.dossier.assistant.Snippet;
import org.dossier.indexer.Location;
import org.junit.jupiter.api.Test;

class MessageCitationTest {

    @Test
    void aMessageInAPstIsCitedWithItsFolderBetweenTheFileAndTheMessage() {
        MessageRef inPst = new MessageRef("Tender votes", "Şükrü Öztürk <sukru@belediye.example>",
                Instant.parse("2026-03-09T16:30:00Z"), "votes@belediye.example", "Inbox/Projects");

        assertThat(citation("mail/archive.pst", inPst, null).label()).isEqualTo("mail/archive.pst — Inbox/Projects"
                + " — message “Tender votes” from Şükrü Öztürk <sukru@belediye.example>, 2026-03-09");
        assertThat(citation("mail/archive.pst", inPst, "votes.csv").label())
                .endsWith("2026-03-09 — attachment votes.csv");
    }

    @Test
    void aMessageOutsideAPstIsCitedWithoutAFolder() {
        MessageRef inMbox = new MessageRef("Invoice", "Ayşe Yılmaz <ayse@liman.example>",
                Instant.parse("2026-03-02T06:15:00Z"), "i@liman.example", null);

        assertThat(citation("inbox.mbox", inMbox, null).label())
                .isEqualTo("inbox.mbox — message “Invoice” from Ayşe Yılmaz <ayse@liman.example>, 2026-03-02");
    }

    @Test
    void aPageOfAnAttachmentToAMessageInAPstInsideAnArchiveIsCitedFromTheFileInwards() {
        MessageRef inPst = new MessageRef("x", "Y <y@example.org>", Instant.parse("2017-08-30T10:00:00Z"), "x@y",
                "Inbox/tmp");

        Citation citation = new Citation(1, 7, "leak.zip", "/docs/leak.zip", "/mail/archive.pst", inPst, "a.pdf",
                Location.page(2), new Snippet("text", List.of(), false, false), "text", 0, 4, 1f, "c".repeat(64));

        assertThat(citation.label()).isEqualTo("leak.zip!/mail/archive.pst — Inbox/tmp — message “x” from"
                + " Y <y@example.org>, 2017-08-30 — attachment a.pdf, page 2");
    }

    private static Citation citation(String file, MessageRef message, String attachment) {
        return new Citation(1, 7, file, "/docs/" + file, null, message, attachment, null,
                new Snippet("text", List.of(), false, false), "text", 0, 4, 1f, "c".repeat(64));
    }
}
