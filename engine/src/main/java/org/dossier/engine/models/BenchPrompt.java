package org.dossier.engine.models;

import org.dossier.engine.ChatEngine;

/**
 * The prompt a bench reads: passages of plain prose repeated up to about 2,000 tokens by the model's own tokenizer
 * (the size of a Dossier prompt with five passages), fewer when the context served is smaller, leaving room for
 * the answer.
 */
public final class BenchPrompt {

    public static final int TOKENS = 2000;
    private static final String PASSAGE = "The harbour authority signed the dredging contract in March, after the "
            + "tender board had reviewed three bids. The minutes record who attended, what each bidder offered and "
            + "why the board preferred the second offer, which promised to finish before the autumn storms. ";

    private BenchPrompt() {
    }

    /** At most {@code min(2000, context − answer − 64)} tokens. */
    public static String forEngine(ChatEngine engine, int answerTokens) {
        int target = Math.min(TOKENS, engine.contextTokens() - answerTokens - 64);
        StringBuilder prompt = new StringBuilder("Summarise these notes in one sentence.\n\n");
        int perPassage = Math.max(1, engine.countTokens(PASSAGE));
        int passages = Math.max(1, (target - engine.countTokens(prompt.toString())) / perPassage);
        prompt.append(PASSAGE.repeat(passages));
        while (passages > 1 && engine.countTokens(prompt.toString()) > target) {
            passages--;
            prompt.setLength(prompt.length() - PASSAGE.length());
        }
        return prompt.toString();
    }
}
