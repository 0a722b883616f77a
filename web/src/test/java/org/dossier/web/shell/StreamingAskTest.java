package org.dossier.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.dossier.assistant.Ask;
import org.dossier.assistant.Question;
import org.dossier.web.ScriptedModelServerTest;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code ask} on a terminal: the answer appears as the model writes it, and Ctrl-C stops the model. The application
 * as configured (hybrid search over the contract) with a model that writes word by word.
 */
class StreamingAskTest extends ScriptedModelServerTest {

    @Autowired
    private Ask conversations;

    /** What the answer printed; one test class instance serves every test, so each starts with a new one. */
    private StringWriter printed;

    @BeforeEach
    void nothingPrintedYet() {
        printed = new StringWriter();
    }

    @Test
    void theAnswerIsPrintedAsTheModelWritesItThenTheCheckedTextAndTheCitations() throws Exception {
        model.holdAfter(3);
        StreamingAsk ask = new StreamingAsk(conversations, new TextRenderer(false), null);

        CompletableFuture<String> rest = CompletableFuture.supplyAsync(
                () -> ask.ask(Question.of(QUESTION), new PrintWriter(printed), cited -> { }));
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
        StreamingAsk ask = new StreamingAsk(conversations, new TextRenderer(false), terminal);

        CompletableFuture<String> rest = CompletableFuture.supplyAsync(
                () -> ask.ask(Question.of(QUESTION), new PrintWriter(printed), cited -> { }));
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
