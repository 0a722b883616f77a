package org.dossier.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.dossier.assistant.Answer;
import org.dossier.assistant.AnswerEvent;
import org.dossier.assistant.AnswerMode;
import org.dossier.assistant.AnswerStream;
import org.dossier.assistant.AssistantStack;
import org.dossier.assistant.Citation;
import org.dossier.assistant.Question;
import org.dossier.assistant.answer.PacedChatEngine;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.ModelStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer followed as it is made, over a real index and catalog, with a model that writes on its own thread:
 * passages, tokens in order, then the checked answer; a cancel stops the model.
 */
class StreamedAnswerTest {

    private static final String QUESTION = "Who signed the dredging contract?";
    private static final String REPLY = "Harbour Master Tomas Brenner signed it [1][9].";

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private AssistantStack stack;
    private final List<AnswerEvent> events = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void tearDown() throws Exception {
        stack.close();
    }

    @Test
    void tokensArriveInOrderAfterThePassagesAndTheLastEventIsTheCheckedAnswer() throws Exception {
        var model = new PacedChatEngine(REPLY, Duration.ofMillis(5));
        start(model);

        Answer returned = stack.ask.ask(Question.of(QUESTION), new AnswerStream(events::add));

        AnswerEvent.Passages passages = (AnswerEvent.Passages) events.getFirst();
        assertThat(passages.passages()).extracting(Citation::file).first().isEqualTo("contract.txt");
        List<AnswerEvent> tokens = events.subList(1, events.size() - 1);
        assertThat(tokens).extracting(event -> ((AnswerEvent.Token) event).text())
                .containsExactlyElementsOf(PacedChatEngine.words(REPLY));
        Answer done = ((AnswerEvent.Done) events.getLast()).answer();
        assertThat(done).isEqualTo(returned);
        assertThat(done.text()).isEqualTo("Harbour Master Tomas Brenner signed it [1].");
        assertThat(done.invalidCitations()).containsExactly(9);
        assertThat(done.conversationId()).isNotNull();
        assertThat(stack.store.get(done.conversationId()).turns().getFirst().answer()).isEqualTo(done.text());
    }

    @Test
    void withoutAModelTheOnlyEventIsTheFinishedAnswer() throws Exception {
        ChatEngine noModel = () -> new ModelStatus(ModelStatus.State.NOT_CONFIGURED, "No chat model is configured.");
        start(noModel);

        Answer answer = stack.ask.ask(Question.of(QUESTION), new AnswerStream(events::add));

        assertThat(answer.mode()).isEqualTo(AnswerMode.RETRIEVAL_ONLY);
        assertThat(events).containsExactly(new AnswerEvent.Done(answer));
    }

    @Test
    void whenTheDocumentsDoNotHoldTheAnswerTheOnlyEventIsTheFinishedAnswerAndTheModelIsNotAsked() throws Exception {
        var model = new PacedChatEngine(REPLY, Duration.ofMillis(5));
        start(model);

        Answer answer = stack.ask.ask(Question.of("Did rain delay the Paris submarine order?"),
                new AnswerStream(events::add));

        assertThat(answer.mode()).isEqualTo(AnswerMode.NOT_IN_DOCUMENTS);
        assertThat(events).containsExactly(new AnswerEvent.Done(answer));
        assertThat(model.lastGeneration()).isNull();
    }

    @Test
    void cancellingStopsTheModelAndTheAnswerHoldsWhatWasWrittenChecked() throws Exception {
        String longReply = "Brenner signed it [1]. " + "And more words follow here. ".repeat(100);
        var model = new PacedChatEngine(longReply, Duration.ofMillis(5));
        start(model);
        AtomicReference<AnswerStream> stream = new AtomicReference<>();
        stream.set(new AnswerStream(event -> {
            events.add(event);
            if (events.size() == 4) { // the passages and three tokens
                stream.get().cancel();
            }
        }));

        Answer answer = stack.ask.ask(Question.of(QUESTION), stream.get());

        PacedChatEngine.Generation generation = model.lastGeneration();
        assertThat(generation.awaitCancelled(Duration.ofSeconds(5))).isTrue();
        assertThat(generation.sent()).isLessThan(generation.words());
        assertThat(answer.text()).isEqualTo("Brenner signed it");
        assertThat(answer.notice()).startsWith("Stopped before the answer was finished");
        assertThat(events.getLast()).isEqualTo(new AnswerEvent.Done(answer));
        assertThat(events).filteredOn(AnswerEvent.Token.class::isInstance).hasSize(3);
    }

    @Test
    void aReceiverThatCannotTakeATokenIsTakenToBeGoneAndTheModelIsStopped() throws Exception {
        var model = new PacedChatEngine("Brenner signed it [1]. " + "More. ".repeat(200), Duration.ofMillis(5));
        start(model);

        stack.ask.ask(Question.of(QUESTION), new AnswerStream(event -> {
            if (event instanceof AnswerEvent.Token) {
                throw new IllegalStateException("the connection was closed");
            }
        }));

        assertThat(model.lastGeneration().awaitCancelled(Duration.ofSeconds(5))).isTrue();
        assertThat(model.lastGeneration().sent()).isLessThan(model.lastGeneration().words());
    }

    private void start(ChatEngine model) throws Exception {
        stack = new AssistantStack(dataDir, model);
        Files.writeString(folder.resolve("contract.txt"),
                "The dredging contract was signed by Harbour Master Tomas Brenner on 12 March 2024.");
        Files.writeString(folder.resolve("weather.txt"), "Rain fell on the harbour all week.");
        stack.index(folder);
    }
}
