package org.dossier.assistant.conversation;

import java.util.List;
import java.util.function.ToIntFunction;

import org.dossier.assistant.answer.Answer;
import org.dossier.assistant.answer.AnswerEvent;
import org.dossier.assistant.answer.AnswerService;
import org.dossier.assistant.answer.AnswerStream;
import org.dossier.engine.ChatEngine;
import org.jspecify.annotations.Nullable;

/**
 * Answers a question within a conversation, in four steps:
 * <ol>
 *   <li>find the conversation's earlier turns (none for a new one);</li>
 *   <li>make the question stand alone: the first question as asked, a follow-up rewritten
 *       ({@link FollowUpRewriter});</li>
 *   <li>answer the stand-alone question, the latest turns given to the model as context within a quarter of its
 *       context;</li>
 *   <li>store the turn, in a new conversation titled by the question when none was given, and send the stored
 *       answer as the stream's last event.</li>
 * </ol>
 */
public final class ConversationService {

    /** The conversation may take at most a quarter of the model's context: the passages need the rest. */
    static final int HISTORY_SHARE_DENOMINATOR = 4;

    private final AnswerService answers;
    private final ConversationStore store;
    private final FollowUpRewriter rewriter;
    private final ChatEngine engine;

    public ConversationService(AnswerService answers, ConversationStore store, FollowUpRewriter rewriter,
                               ChatEngine engine) {
        this.answers = answers;
        this.store = store;
        this.rewriter = rewriter;
        this.engine = engine;
    }

    public Answer ask(@Nullable Long conversationId, String question) {
        return ask(conversationId, question, AnswerStream.unwatched());
    }

    /**
     * @param conversationId the conversation to continue, or {@code null} to start one
     * @param stream         hears the answer as it is made, ending with {@link AnswerEvent.Done}; may cancel it
     */
    public Answer ask(@Nullable Long conversationId, String question, AnswerStream stream) {
        String asked = AnswerService.requireQuestion(question);
        List<Turn> earlier = conversationId == null ? List.of() : store.get(conversationId).turns();

        boolean modelReady = answers.modelStatus().ready();
        ToIntFunction<String> count = engine::countTokens;
        ConversationHistory history = new ConversationHistory(count);
        int budget = engine.contextTokens() / HISTORY_SHARE_DENOMINATOR;
        String standalone = earlier.isEmpty() ? asked
                : rewrite(asked, earlier, history.lines(earlier, budget), modelReady);

        Answer answer = answers.ask(standalone, history.forAnswer(earlier, budget), stream);

        // started only now, so that a question that fails leaves no empty conversation behind
        long id = conversationId == null ? store.start(asked) : conversationId;
        Answer inConversation = answer.inConversation(id, asked);
        store.append(id, inConversation);
        stream.send(new AnswerEvent.Done(inConversation));
        return inConversation;
    }

    private String rewrite(String followUp, List<Turn> earlier, String conversation, boolean modelReady) {
        try {
            return rewriter.rewrite(followUp, earlier.getLast().standaloneQuestion(), conversation, modelReady);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the model rewrote the follow-up", e);
        }
    }
}
