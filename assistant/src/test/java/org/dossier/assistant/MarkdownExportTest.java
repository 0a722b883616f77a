package org.dossier.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownExportTest {

    private static final Instant ASKED = Instant.parse("2026-05-04T10:15:00Z");

    @Test
    void eachTurnHasItsQuestionAnswerAndNumberedSourcesWithPlaceQuoteAndSha256() {
        Conversation conversation = new Conversation(7, "Who signed the contract?", ASKED, ASKED.plusSeconds(60),
                List.of(
                        new Turn(1, "Who signed the contract?", "Who signed the contract?", "Tomas Brenner [1].",
                                AnswerMode.GENERATED, "", List.of(ConversationStoreTest.PDF_PAGE), ASKED),
                        new Turn(2, "Was it paid?", "Was invoice 2231 paid?", "Yes, in full [2].",
                                AnswerMode.GENERATED, "The answer was cut at 1024 tokens.",
                                List.of(ConversationStoreTest.PDF_PAGE, ConversationStoreTest.MAIL), ASKED)));

        String markdown = new MarkdownExport().export(conversation);

        assertThat(markdown).startsWith("# Who signed the contract?\n\nDossier conversation 7, started 2026-05-04 10:15 UTC");
        assertThat(markdown).contains("""
                ## 2. Was it paid?

                *Searched as:* Was invoice 2231 paid?

                Yes, in full [2].

                *The answer was cut at 1024 tokens.*

                ### Sources

                1. contracts/contract.pdf, page 3 \s
                   SHA-256: `%s`

                   > The contract was signed by Tomas Brenner.

                2. mail/inbox.mbox — message “Invoice 2231” from Ayşe Yılmaz <ayse@example.org>, 2026-03-02 \s
                   Message-ID: `<2231@example.org>` \s
                   SHA-256: `%s`

                   > Invoice 2231 was paid in full.
                """.formatted("a".repeat(64), "b".repeat(64)));
        assertThat(markdown).contains("## 1. Who signed the contract?\n\nTomas Brenner [1].\n");
    }

    @Test
    void aPassageLineThatMarkdownWouldReadAsAHeadingOrListStaysQuotedText() {
        var passage = new org.dossier.assistant.Citation(1, 1, "notes.md", "/docs/notes.md", null, null,
                null, null, new org.dossier.assistant.Snippet("x", List.of(), false, false),
                "# Owners\n- Bluewater\n\n1. Registry", 0, 10, 1f, "c".repeat(64));
        Conversation conversation = new Conversation(1, "Owners?", ASKED, ASKED, List.of(new Turn(1, "Owners?",
                "Owners?", "Retrieved passages.", AnswerMode.RETRIEVAL_ONLY, "", List.of(passage), ASKED)));

        String markdown = new MarkdownExport().export(conversation);

        assertThat(markdown).contains("   > \\# Owners\n   > \\- Bluewater\n   >\n   > \\1. Registry\n");
    }
}
