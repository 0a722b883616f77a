package org.dossier.indexer.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.indexer.DocumentRecord;
import org.dossier.indexer.IndexerStack;
import org.dossier.indexer.PassageHit;
import org.dossier.indexer.QuotedPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reply's quotes of earlier messages stay out of its passages but are kept in the catalog, in their place, for
 * the viewer to show collapsed; they go when the message goes. Real Tika, H2 and Lucene.
 */
class QuotedTextKeptTest {

    private static final String REPLY = """
            From: Tomas Brenner <tomas@harbour.example>
            To: Lena Hartmann <lena@courier.example>
            Subject: Re: Your questions
            Date: Mon, 14 Oct 2024 09:00:00 +0000
            Message-ID: <reply-1@harbour.example>
            In-Reply-To: <ask-1@courier.example>
            Content-Type: text/plain; charset=UTF-8

            The volumes were measured twice by our own surveyors.

            On Fri, 11 Oct 2024 at 10:05, Lena Hartmann wrote:
            > Why did the invoice claim 412,000 cubic metres?
            > Please reply by 14 October.

            Regards, Tomas

            -----Original Message-----
            From: Press desk
            The first request, forwarded.
            """;

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private IndexerStack stack;

    @BeforeEach
    void openStack() {
        stack = new IndexerStack(dataDir);
    }

    @AfterEach
    void closeStack() throws Exception {
        stack.close();
    }

    @Test
    void aRepliesQuotesAreKeptBesideItsPassagesInOrderAndNotSearched() throws Exception {
        Files.writeString(folder.resolve("reply.eml"), REPLY);

        stack.indexing.index(folder);

        DocumentRecord message = messageOf("reply.eml");
        List<QuotedPart> quotes = stack.catalog.quotedText(message.id());
        List<PassageHit> passages = stack.index.passages().read(snapshot -> snapshot.passagesOf(message.id()));
        assertThat(quotes).hasSize(2);
        assertThat(quotes.getFirst().text()).startsWith("On Fri, 11 Oct 2024 at 10:05, Lena Hartmann wrote:")
                .contains("> Why did the invoice claim 412,000 cubic metres?");
        assertThat(quotes.getLast().text()).startsWith("-----Original Message-----")
                .contains("The first request, forwarded.");
        assertThat(quotes).allSatisfy(q -> assertThat(q.cut()).isFalse());
        assertThat(passages).extracting(PassageHit::text).noneMatch(t -> t.contains("412,000"))
                .anyMatch(t -> t.contains("measured twice")).anyMatch(t -> t.contains("Regards, Tomas"));
        // each quote lies between passages, where the text left it out
        assertThat(quotes.getFirst().start()).isGreaterThanOrEqualTo(passages.getFirst().end());
        assertThat(quotes.getLast().start()).isGreaterThanOrEqualTo(passages.getLast().end());
        assertThat(stack.index.search("412,000 cubic metres", 10)).isEmpty();
    }

    @Test
    void theQuotesGoWithTheMessage() throws Exception {
        Path reply = Files.writeString(folder.resolve("reply.eml"), REPLY);
        stack.indexing.index(folder);
        long id = messageOf("reply.eml").id();

        Files.delete(reply);
        stack.indexing.index(folder);

        assertThat(stack.catalog.quotedText(id)).isEmpty();
        assertThat(stack.jdbc().sql("SELECT COUNT(*) FROM quoted_text").query(Long.class).single()).isZero();
    }

    @Test
    void aDocumentThatIsNoMessageHasNoQuotes() throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "Notes.\n> a quoted line in a text file stays text\n");
        stack.indexing.index(folder);

        long id = stack.jdbc().sql("SELECT id FROM document WHERE path = 'notes.txt'").query(Long.class).single();
        assertThat(stack.catalog.quotedText(id)).isEmpty();
        assertThat(stack.index.search("quoted line", 10)).hasSize(1);
    }

    /** The message of a file (an .eml is its message, or holds it). */
    private DocumentRecord messageOf(String path) {
        return stack.jdbc().sql("SELECT id FROM document WHERE path = ? ORDER BY id").param(path)
                .query(Long.class).list().stream().map(id -> stack.catalog.find(id).orElseThrow())
                .filter(DocumentRecord::isMessage).findFirst().orElseThrow();
    }
}
