package org.dossier.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.assistant.retrieve.Highlighter;
import org.dossier.assistant.retrieve.HybridSearch;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.SearchFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions about when mail was sent are answered from the messages' typed headers: "first" and "latest" over a
 * sender take the sender's messages by sent date, and a named month keeps to messages sent in it — although the
 * best-matching text is in another message. Real mbox, real index (Tika, Lucene, H2).
 */
class MailHeaderQuestionsTest {

    @TempDir
    static Path dataDir;
    @TempDir
    static Path folder;

    private static IndexerStack stack;
    private static Retriever retriever;

    @BeforeAll
    static void indexTheMailbox() throws Exception {
        Files.createDirectories(folder.resolve("mail"));
        Files.writeString(folder.resolve("mail/finance.mbox"), String.join("\n",
                message("mirela", "Mirela Celik", "Harbour fees", "Mon, 5 Feb 2024 09:00:00 +0000",
                        "The harbour fees for February are attached for the board."),
                message("mirela", "Mirela Celik", "Bluewater invoice", "Mon, 4 Mar 2024 09:00:00 +0000",
                        "A first Bluewater invoice arrived today, for survey work."),
                message("ayse", "Ayşe Yılmaz", "Re: Bluewater invoice", "Tue, 12 Mar 2024 09:00:00 +0000",
                        "I checked the Bluewater invoice; the survey rate is double the tender rate."),
                message("mirela", "Mirela Celik", "Bluewater again", "Mon, 15 Apr 2024 09:00:00 +0000",
                        "Bluewater, Bluewater, Bluewater: three more Bluewater invoices, all at the doubled rate."),
                message("ayse", "Ayşe Yılmaz", "Bluewater payments", "Mon, 6 May 2024 09:00:00 +0000",
                        "Bluewater was paid three times in April; Bluewater payments total 410,000 euros.")),
                StandardCharsets.UTF_8);
        stack = new IndexerStack(dataDir);
        stack.indexing.index(folder);
        retriever = new Retriever(new HybridSearch(stack.index, null), stack.catalog,
                new Highlighter(stack.index.analyzer(), 320));
    }

    @AfterAll
    static void closeStack() throws Exception {
        stack.close();
    }

    @Test
    void theFirstMessageOfASenderAboutSomethingIsTheEarliestOfThoseThatMentionIt() {
        Citation first = best("When did Mirela Celik first write about Bluewater?");

        assertThat(first.message().subject()).isEqualTo("Bluewater invoice");
        assertThat(first.label()).contains("2024-03-04");
    }

    @Test
    void theLatestMessageOfASenderIsTheirLastBySentDate() {
        assertThat(best("What did Mirela Celik say in her latest message?").message().subject())
                .isEqualTo("Bluewater again");
        assertThat(best("What was the last message Ayşe Yılmaz sent?").message().subject())
                .isEqualTo("Bluewater payments");
    }

    @Test
    void aNamedMonthKeepsToTheMessagesSentInIt() {
        List<Citation> citations = retriever.retrieve("What did they write about Bluewater in March 2024?",
                SearchFilter.NONE, 5);

        assertThat(citations.subList(0, 2)).extracting(c -> c.message().subject())
                .containsExactlyInAnyOrder("Bluewater invoice", "Re: Bluewater invoice");
    }

    private static Citation best(String question) {
        List<Citation> citations = retriever.retrieve(question, SearchFilter.NONE, 5);
        assertThat(citations).as("passages for «%s»", question).isNotEmpty();
        assertThat(citations.getFirst().message()).as("a message").isNotNull();
        return citations.getFirst();
    }

    private static String message(String user, String name, String subject, String date, String body) {
        String address = user + "@portveldin.example";
        String encoded = "=?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(
                name.getBytes(StandardCharsets.UTF_8)) + "?=";
        return """
                From %s Mon Jan  1 00:00:00 2024
                From: %s <%s>
                To: Desk <desk@paper.example>
                Subject: %s
                Date: %s
                Message-ID: <%s@portveldin.example>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(address, encoded, address, subject, date,
                subject.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + "-" + user, body);
    }
}
