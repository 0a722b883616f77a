package org.dossier.assistant.conversation;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.assistant.Answer;
import org.dossier.assistant.AnswerMode;
import org.dossier.assistant.Ask;
import org.dossier.assistant.AssistantStack;
import org.dossier.assistant.Citation;
import org.dossier.assistant.Conversation;
import org.dossier.assistant.NoSuchConversationException;
import org.dossier.assistant.Question;
import org.dossier.assistant.Turn;
import org.dossier.assistant.answer.ScriptedChatEngine;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.ModelStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversations end to end over a real index and catalog: follow-ups rewritten (by a scripted model, or by the rule
 * without one), retrieval on the rewritten question, the conversation in the answer prompt, turns stored.
 */
class AskConversationTest {

    private static final ChatEngine NO_MODEL = () -> new ModelStatus(ModelStatus.State.NOT_CONFIGURED,
            "No chat model is configured; set dossier.engine.chat-model.");
    private static final String FIRST = "Who signed the dredging contract?";
    private static final String REWRITTEN = "When was the dredging contract signed?";

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private AssistantStack stack;

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(folder.resolve("contract.txt"),
                "The dredging contract was signed by Harbour Master Tomas Brenner on 12 March 2024.");
        Files.writeString(folder.resolve("weather.txt"), "Rain fell on the harbour all week.");
    }

    @AfterEach
    void tearDown() {
        stack.close();
    }

    @Test
    void aFollowUpIsRewrittenByTheModelFromThePreviousTurnAndRetrievalUsesTheRewrite() {
        var model = new ScriptedChatEngine(4096, List.of("Tomas Brenner signed it [1].", REWRITTEN,
                "On 12 March 2024 [1]."));
        Ask conversations = service(model);
        Answer first = conversations.ask(new Question(FIRST, null));

        Answer followUp = conversations.ask(new Question("And when was that?", first.conversationId()));

        String rewritePrompt = model.prompts().get(1);
        assertThat(rewritePrompt).contains("User: " + FIRST).contains("Dossier: Tomas Brenner signed it.")
                .contains("The last question: And when was that?");
        assertThat(model.requests.get(1).temperature()).isZero();
        assertThat(model.requests.get(1).maxTokens()).isEqualTo(FollowUpRewriter.MAX_TOKENS);
        assertThat(followUp.question()).isEqualTo("And when was that?");
        assertThat(followUp.standaloneQuestion()).isEqualTo(REWRITTEN);
        // "And when was that?" alone matches no passage; the rewritten question finds the contract
        assertThat(followUp.citations()).extracting(Citation::file).first().isEqualTo("contract.txt");
        assertThat(model.prompts().get(2)).contains("Question: " + REWRITTEN);
        assertThat(followUp.text()).isEqualTo("On 12 March 2024 [1].");
        assertThat(followUp.conversationId()).isEqualTo(first.conversationId());
    }

    @Test
    void theFirstQuestionOfAConversationIsUsedAsAskedWithoutARewrite() {
        var model = new ScriptedChatEngine("Tomas Brenner signed it [1].", 4096);

        Answer first = service(model).ask(new Question(FIRST, null));

        assertThat(first.standaloneQuestion()).isEqualTo(FIRST);
        assertThat(model.requests).hasSize(1);
        assertThat(model.prompts().getFirst()).doesNotContain(ConversationHistory.HEADING);
    }

    @Test
    void garbageFromTheModelFallsBackToTheFollowUpAsAsked() {
        var model = new ScriptedChatEngine(4096, List.of("Tomas Brenner signed it [1].", "\n  \n***\n",
                "The documents don't say."));
        Ask conversations = service(model);
        long id = conversations.ask(new Question(FIRST, null)).conversationId();

        Answer followUp = conversations.ask(new Question("And when was that?", id));

        assertThat(followUp.standaloneQuestion()).isEqualTo("And when was that?");
    }

    @Test
    void withoutAModelAFollowUpBorrowsThePreviousQuestionsSubject() {
        Ask conversations = service(NO_MODEL);
        Answer first = conversations.ask(new Question(FIRST, null));

        Answer followUp = conversations.ask(new Question("When was it?", first.conversationId()));

        assertThat(followUp.mode()).isEqualTo(AnswerMode.RETRIEVAL_ONLY);
        assertThat(followUp.standaloneQuestion()).isEqualTo("When was it? (signed dredging contract)");
        assertThat(followUp.citations()).extracting(Citation::file).first().isEqualTo("contract.txt");
    }

    @Test
    void theConversationReachesTheAnswerPromptTrimmedToAQuarterOfTheContextOldestTurnsFirst() {
        String longAnswer = " [1]. " + "word ".repeat(400).strip() + ".";
        var model = new ScriptedChatEngine(4096, List.of(
                "Alpha" + longAnswer, REWRITTEN, "Bravo" + longAnswer, REWRITTEN, "Charlie" + longAnswer, REWRITTEN,
                "Done [1]."));
        Ask conversations = service(model);
        long id = conversations.ask(new Question(FIRST, null)).conversationId();
        conversations.ask(new Question("And when?", id));
        conversations.ask(new Question("Really when?", id));

        conversations.ask(new Question("Sure?", id));

        String prompt = model.prompts().getLast();
        String conversation = prompt.substring(0, prompt.indexOf("The passages, fenced"));
        assertThat(conversation).startsWith(ConversationHistory.HEADING)
                .contains("Dossier: Bravo.").contains("Dossier: Charlie.").doesNotContain("Alpha")
                .doesNotContain("[1]");
        assertThat(conversation.indexOf("Bravo")).isLessThan(conversation.indexOf("Charlie"));
        assertThat(model.countTokens(conversation)).isLessThanOrEqualTo(4096 / 4);
    }

    @Test
    void everyTurnIsStoredWithItsStandaloneQuestionAndCitations() {
        Ask conversations = service(NO_MODEL);
        long id = conversations.ask(new Question(FIRST, null)).conversationId();
        conversations.ask(new Question("When was it?", id));

        Conversation stored = stack.store.get(id);

        assertThat(stored.title()).isEqualTo(FIRST);
        assertThat(stored.turns()).extracting(Turn::standaloneQuestion)
                .containsExactly(FIRST, "When was it? (signed dredging contract)");
        assertThat(stored.turns().get(1).citations().getFirst().sha256()).hasSize(64);
    }

    @Test
    void aFollowUpToAnUnknownConversationIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> service(NO_MODEL).ask(new Question("When was it?", 99L)))
                .isInstanceOf(NoSuchConversationException.class);
        assertThat(stack.store.list()).isEmpty();
    }

    /** The application as configured, with this chat model, over the two files indexed with their vectors. */
    private Ask service(ChatEngine model) {
        stack = new AssistantStack(dataDir, model);
        stack.index(folder);
        return stack.ask;
    }
}
