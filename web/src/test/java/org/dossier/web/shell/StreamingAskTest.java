package org.dossier.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.dossier.assistant.AssistantStack;
import org.dossier.assistant.answer.PacedChatEngine;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask} on a terminal: the answer appears as the model writes it, and Ctrl-C stops the model. */
class StreamingAskTest {

    private static final String QUESTION = "Who signed the dredging contract?";

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private final PacedChatEngine model = new PacedChatEngine(
            "Harbour Master Tomas Brenner signed it [1][9].", Duration.ofMillis(5));
    private final StringWriter printed = new StringWriter();
    private AssistantStack stack;

    @BeforeEach
    void setUp() throws Exception {
        stack = new AssistantStack(dataDir, model);
        Files.writeString(folder.resolve("contract.txt"),
                "The dredging contract was signed by Harbour Master Tomas Brenner on 12 March 2024.");
        stack.indexer.indexing.index(folder);
    }

    @AfterEach
    void tearDown() throws Exception {
        model.release();
        stack.close();
    }

    @Test
    void theAnswerIsPrintedAsTheModelWritesItThenTheCheckedTextAndTheCitations() throws Exception {
        model.holdAfter(3);
        StreamingAsk ask = new StreamingAsk(stack.conversations, new TextRenderer(false), null);

        CompletableFuture<String> rest = CompletableFuture.supplyAsync(
                () -> ask.ask(null, QUESTION, new PrintWriter(printed)));
        awaitPrinted("Harbour Master Tomas ");
        boolean finishedWhileTheModelWasHeld = rest.isDone();
        model.release();
        String trailer = rest.get(10, TimeUnit.SECONDS);

        assertThat(finishedWhileTheModelWasHeld).isFalse();
        assertThat(printed.toString()).isEqualTo("Harbour Master Tomas Brenner signed it [1][9].\n");
        assertThat(trailer).contains("Checked answer").contains("\nHarbour Master Tomas Brenner signed it [1].\n")
                .contains("(Removed citations that matched no passage: [9])")
                .contains("[1] contract.txt")
                .contains("follow up with: ask --conversation");
    }

    @Test
    void ctrlCWhileTheModelWritesStopsTheModelAndShowsTheCheckedAnswerSoFar() throws Exception {
        model.holdAfter(2);
        Terminal terminal = new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
        StreamingAsk ask = new StreamingAsk(stack.conversations, new TextRenderer(false), terminal);

        CompletableFuture<String> rest = CompletableFuture.supplyAsync(
                () -> ask.ask(null, QUESTION, new PrintWriter(printed)));
        awaitPrinted("Harbour Master ");
        terminal.raise(Terminal.Signal.INT);
        String trailer = rest.get(10, TimeUnit.SECONDS);

        assertThat(model.lastGeneration().awaitCancelled(Duration.ofSeconds(5))).isTrue();
        assertThat(printed.toString()).isEqualTo("Harbour Master \n");
        assertThat(trailer).contains("Stopped before the answer was finished").contains("[1] contract.txt");
        assertThat(terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_DFL))
                .as("after the answer, Ctrl-C does what it did before").isEqualTo(Terminal.SignalHandler.SIG_DFL);
    }

    private void awaitPrinted(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!printed.toString().equals(text) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(printed.toString()).isEqualTo(text);
    }
}
