package org.dossier.assistant;

import java.util.List;

import org.dossier.assistant.answer.Answerability;
import org.dossier.assistant.answer.GroundedAnswerer;
import org.dossier.assistant.answer.ModelWait;
import org.dossier.assistant.conversation.FollowUps;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.engine.ModelStatus;

/**
 * A question in, a cited answer out — the one path every front end asks through, in numbered stages:
 * <ol>
 *   <li>the conversation so far (none for a new one), and whether the chat model is ready;</li>
 *   <li>make a follow-up stand alone ({@link FollowUps}), so retrieval finds what it is about;</li>
 *   <li>retrieve the passages ({@link Retriever});</li>
 *   <li>decide whether they can answer ({@link Answerability}): no passages, no model, or passages not about the
 *       question, and the answer is the passages themselves, said plainly;</li>
 *   <li>assemble the prompt within the model's context, generate while streaming, and check citations and quotes
 *       ({@link GroundedAnswerer});</li>
 *   <li>record the turn, in a new conversation titled by the question when it started none, and send the stored
 *       answer as the stream's last event.</li>
 * </ol>
 */
public final class Ask {

    private final ConversationStore store;
    private final FollowUps followUps;
    private final Retriever retriever;
    private final Answerability answerability;
    private final GroundedAnswerer model;
    private final ModelWait modelWait;
    private final int answerPassages;

    public Ask(ConversationStore store, FollowUps followUps, Retriever retriever, Answerability answerability,
               GroundedAnswerer model, ModelWait modelWait, int answerPassages) {
        this.store = store;
        this.followUps = followUps;
        this.retriever = retriever;
        this.answerability = answerability;
        this.model = model;
        this.modelWait = modelWait;
        this.answerPassages = answerPassages;
    }

    public Answer ask(Question question) {
        return ask(question, AnswerStream.unwatched());
    }

    /** @param stream hears the answer as it is made, ending with {@link AnswerEvent.Done}; may cancel it */
    public Answer ask(Question question, AnswerStream stream) {
        // 1. The conversation so far, and the model.
        List<Turn> earlier = question.conversation() == null ? List.of()
                : store.get(question.conversation()).turns();
        ModelStatus status = modelWait.status();

        // 2. A follow-up made to stand alone.
        FollowUps.Standalone standalone = followUps.standalone(question.text(), earlier, status.ready());

        // 3. The passages.
        List<Citation> ranked = retriever.retrieve(standalone.question(), answerPassages);

        // 4. Can they answer? 5. If so, the model answers from them, streamed and checked.
        Answer answer = switch (answerability.decide(standalone.question(), ranked, status)) {
            case NOTHING_INDEXED -> Answer.retrieved(standalone.question(), Answer.NOTHING_INDEXED, ranked,
                    status.ready() ? "" : status.detail());
            case NOTHING_FOUND -> Answer.retrieved(standalone.question(), Answer.NOTHING_FOUND, ranked,
                    status.ready() ? "" : status.detail());
            case NO_MODEL -> Answer.retrieved(standalone.question(), Answer.RETRIEVED, ranked, status.detail());
            case NOT_ABOUT_THE_QUESTION -> Answer.notInDocuments(standalone.question(), ranked);
            case ANSWERABLE -> model.answer(standalone.question(), standalone.history(), ranked, stream);
        };

        // 6. The turn recorded — started only now, so that a question that fails leaves no empty conversation.
        long id = question.conversation() == null ? store.start(question.text()) : question.conversation();
        Answer inConversation = answer.inConversation(id, question.text());
        store.append(id, inConversation);
        stream.send(new AnswerEvent.Done(inConversation));
        return inConversation;
    }
}
