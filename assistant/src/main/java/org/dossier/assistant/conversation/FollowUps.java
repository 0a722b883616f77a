package org.dossier.assistant.conversation;

import java.util.List;

import org.dossier.assistant.Turn;
import org.dossier.engine.ChatEngine;

/**
 * A follow-up made to stand alone, with the conversation the model is to see beside it. The first question of a
 * conversation stands as asked; a follow-up is rewritten ({@link FollowUpRewriter}). The conversation goes to the
 * model within a quarter of its context: the passages need the rest.
 */
public final class FollowUps {

    /** The conversation may take at most a quarter of the model's context: the passages need the rest. */
    static final int HISTORY_SHARE_DENOMINATOR = 4;

    /**
     * @param question what to search for and answer
     * @param history  the latest turns as prompt text for the answer, or empty
     */
    public record Standalone(String question, String history) {
    }

    private final FollowUpRewriter rewriter;
    private final ChatEngine engine;

    public FollowUps(FollowUpRewriter rewriter, ChatEngine engine) {
        this.rewriter = rewriter;
        this.engine = engine;
    }

    public Standalone standalone(String asked, List<Turn> earlier, boolean modelReady) {
        if (earlier.isEmpty()) {
            return new Standalone(asked, "");
        }
        ConversationHistory history = new ConversationHistory(engine::countTokens);
        int budget = engine.contextTokens() / HISTORY_SHARE_DENOMINATOR;
        try {
            String question = rewriter.rewrite(asked, earlier.getLast().standaloneQuestion(),
                    history.lines(earlier, budget), modelReady);
            return new Standalone(question, history.forAnswer(earlier, budget));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the model rewrote the follow-up", e);
        }
    }
}
