package org.dossier.assistant;

import java.time.Duration;
import java.util.List;

import org.dossier.assistant.answer.Answerability;
import org.dossier.assistant.bridge.BridgingRound;
import org.dossier.assistant.answer.GroundedAnswerer;
import org.dossier.assistant.conversation.FollowUps;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.ModelStatus;

/**
 * A question in, a cited answer out — the one path every front end asks through, in numbered stages:
 * <ol>
 *   <li>the conversation so far (none for a new one), and whether the chat model is ready;</li>
 *   <li>make a follow-up stand alone ({@link FollowUps}), so retrieval finds what it is about;</li>
 *   <li>retrieve the candidate passages ({@link Retriever}) and, when they do not cover the question, search again
 *       for what the model reads in them leads to (a second round, {@link BridgingRound}: off by default);</li>
 *   <li>decide whether they can answer ({@link Answerability}): no passages, no model, or passages that are no
 *       evidence for the question (unless the user insists), and the answer is the best passages themselves, said
 *       plainly, with the reason;</li>
 *   <li>assemble the prompt with as many candidates as the model's context holds, every source's best first,
 *       generate while streaming, and check citations and quotes ({@link GroundedAnswerer});</li>
 *   <li>record the turn, in a new conversation titled by the question when it started none, and send the stored
 *       answer as the stream's last event.</li>
 * </ol>
 */
public final class Ask {

    private final ConversationStore store;
    private final FollowUps followUps;
    private final Retriever retriever;
    private final BridgingRound secondRound;
    private final Answerability answerability;
    private final GroundedAnswerer model;
    private final ChatEngine engine;
    private final Limits limits;

    /**
     * @param candidates how many passages are retrieved for an answer: the model is given as many as its context
     *                   holds
     * @param shown      how many of them an answer shows when no model writes it
     * @param modelWait  how long a question waits for the chat model to load: zero for the server (until the model
     *                   is ready, answers are the passages), longer for one-shot commands
     */
    public record Limits(int candidates, int shown, Duration modelWait) {
    }

    public Ask(ConversationStore store, FollowUps followUps, Retriever retriever, BridgingRound secondRound,
               Answerability answerability, GroundedAnswerer model, ChatEngine engine, Limits limits) {
        this.store = store;
        this.followUps = followUps;
        this.retriever = retriever;
        this.secondRound = secondRound;
        this.answerability = answerability;
        this.model = model;
        this.engine = engine;
        this.limits = limits;
    }

    public Answer ask(Question question) {
        return ask(question, AnswerStream.unwatched());
    }

    /** @param stream hears the answer as it is made, ending with {@link AnswerEvent.Done}; may cancel it */
    public Answer ask(Question question, AnswerStream stream) {
        // 1. The conversation so far, and the model.
        List<Turn> earlier = question.conversation() == null ? List.of()
                : store.get(question.conversation()).turns();
        ModelStatus status = modelStatus();

        // 2. A follow-up made to stand alone.
        FollowUps.Standalone standalone = followUps.standalone(question.text(), earlier, status.ready());

        // 3. The candidate passages, only among those the question's filter allows; a second round if they fall short.
        String asked = standalone.question();
        Retriever.Found first = retriever.find(asked, question.filter().toSearchFilter(), limits.candidates());
        Retriever.Found found = secondRound.widen(asked, first, retriever, question.filter().toSearchFilter(),
                limits.candidates(), status.ready()).found();
        List<Citation> best = found.citations().subList(0, Math.min(limits.shown(), found.citations().size()));

        // 4. Can they answer? 5. If so, the model answers from as many as its context holds, streamed and checked.
        Answerability.Verdict verdict = answerability.decide(asked, found.hits(), status, question.forced());
        Answer answer = switch (verdict.decision()) {
            case NOTHING_INDEXED -> Answer.retrieved(asked, Answer.NOTHING_INDEXED, best,
                    status.ready() ? "" : status.detail());
            case NOTHING_FOUND -> Answer.retrieved(asked, Answer.NOTHING_FOUND, best,
                    status.ready() ? "" : status.detail());
            case NO_MODEL -> Answer.retrieved(asked, Answer.RETRIEVED, best, status.detail());
            case NOT_ABOUT_THE_QUESTION -> Answer.notInDocuments(asked, best, verdict.reason());
            case ANSWERABLE -> model.answer(asked, standalone.history(), found.citations(), stream);
        };

        // 6. The turn recorded — started only now, so that a question that fails leaves no empty conversation.
        long id = question.conversation() == null ? store.start(question.text()) : question.conversation();
        Answer inConversation = answer.inConversation(id, question.text());
        store.append(id, inConversation);
        stream.send(new AnswerEvent.Done(inConversation));
        return inConversation;
    }

    /** The chat model's status now, or once it is ready where a question may wait for it to load. */
    private ModelStatus modelStatus() {
        if (limits.modelWait().isZero()) {
            return engine.status();
        }
        try {
            return engine.awaitReady(limits.modelWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return engine.status();
        }
    }
}
