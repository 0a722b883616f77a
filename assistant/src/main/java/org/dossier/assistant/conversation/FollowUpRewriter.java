package org.dossier.assistant.conversation;

import java.util.Optional;
import java.util.regex.Pattern;

import org.dossier.assistant.answer.OneLineReply;
import org.dossier.engine.ChatEngine;
import org.dossier.indexer.DossierAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a follow-up ("and when was it paid?") into a question that stands alone, so that retrieval finds the
 * passages it is about. With a ready model, the model rewrites it ({@code rewrite.txt}, temperature 0, one short
 * line); its reply is used only if it looks like one question, else the follow-up is searched as asked. Without a
 * model, {@link CarryOverRule} does it deterministically.
 */
public final class FollowUpRewriter {

    static final int MAX_TOKENS = 96;
    static final int LONGEST_QUESTION_CHARS = 500;
    /** Models like to label their reply ("Rewritten question: …") or dress it up; neither is part of the question. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?i)(?:the\\s+)?(?:rewritten|stand-?alone|last)?\\s*question\\s*:\\s*");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Logger log = LoggerFactory.getLogger(FollowUpRewriter.class);

    private final ChatEngine engine;
    private final RewritePrompt prompt;
    private final CarryOverRule rule;

    public FollowUpRewriter(ChatEngine engine, RewritePrompt prompt, DossierAnalyzer analyzer) {
        this.engine = engine;
        this.prompt = prompt;
        this.rule = new CarryOverRule(analyzer);
    }

    /**
     * @param previous     the last turn's stand-alone question
     * @param conversation the latest turns as "User:"/"Dossier:" lines, for the model
     * @param modelReady   whether the chat model can be asked
     */
    String rewrite(String followUp, String previous, String conversation, boolean modelReady)
            throws InterruptedException {
        if (!modelReady) {
            return rule.rewrite(previous, followUp);
        }
        try {
            String reply = OneLineReply.ask(engine, prompt.fill(conversation, followUp), MAX_TOKENS);
            return question(reply).orElse(followUp);
        } catch (RuntimeException e) {
            // The answer that follows asks the same model and reports its failure to the user; here the
            // follow-up is searched as asked rather than losing the question.
            log.warn("the chat model could not rewrite a follow-up question, searching for it as asked: {}",
                    e.getMessage());
            return followUp;
        }
    }

    /** The reply's first line as a question, or empty when it is no usable question. */
    static Optional<String> question(String reply) {
        return OneLineReply.firstLine(reply, LABEL)
                .filter(line -> LETTER.matcher(line).find() && line.length() <= LONGEST_QUESTION_CHARS);
    }
}
