package org.dossier.assistant.answer;

import java.time.Duration;
import java.util.List;

import org.dossier.assistant.Answer;
import org.dossier.assistant.AnswerEvent;
import org.dossier.assistant.AnswerMode;
import org.dossier.assistant.AnswerStream;
import org.dossier.assistant.Citation;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationResult;

/**
 * Answers a question from retrieved passages with the chat model, once it was decided that they can answer it
 * ({@link Answerability}), in three steps:
 * <ol>
 *   <li>build the prompt: instructions, conversation, then the passages that fit the model's context, each
 *       document's best first so that every source gets in ({@link SourceDiversity});</li>
 *   <li>stream the model's answer to the caller: the passages it was given, then its text token by token; a
 *       cancel from the caller stops the model;</li>
 *   <li>check the whole text: citations that point nowhere removed, quotations verified against the passages.</li>
 * </ol>
 */
public final class GroundedAnswerer {

    /** What the system prompt tells the model to say when the passages do not answer. */
    static final String MODEL_SAYS_NOT_IN_DOCUMENTS = "The documents don't say";
    static final String STOPPED = "Stopped before the answer was finished; the text is what the model had written by then, checked.";
    static final String STOPPED_BEFORE_THE_MODEL = "Stopped before the model answered; the passages are below.";

    private static final Duration LONGEST_ANSWER = Duration.ofMinutes(10);

    private final ChatEngine engine;
    private final PromptTemplates templates;
    private final int answerTokens;
    private final SourceDiversity diversity;
    private final CitationChecker checker = new CitationChecker();

    public GroundedAnswerer(ChatEngine engine, PromptTemplates templates, int answerTokens, SourceDiversity diversity) {
        this.engine = engine;
        this.templates = templates;
        this.answerTokens = answerTokens;
        this.diversity = diversity;
    }

    /**
     * The model's answer from the passages, streamed and checked; interrupted, the model is stopped.
     *
     * @param ranked the passages in retrieval order
     */
    public Answer answer(String question, String conversation, List<Citation> ranked, AnswerStream stream) {
        try {
            return generated(question, conversation, diversity.order(ranked, Citation::documentId), stream);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the model answered", e);
        }
    }

    private Answer generated(String question, String conversation, List<Citation> ranked, AnswerStream stream)
            throws InterruptedException {
        PromptBuilder.Prompt prompt = new PromptBuilder(templates, TokenCounts.of(engine), engine.contextTokens(),
                answerTokens).build(question, conversation, ranked);
        if (prompt.passages().isEmpty()) {
            return Answer.retrieved(question, Answer.RETRIEVED, ranked, "The chat model's context ("
                    + engine.contextTokens() + " tokens) cannot hold the instructions, a passage and an answer of "
                    + answerTokens + " tokens — raise dossier.engine.context-size or lower dossier.assistant.answer-tokens.");
        }
        if (stream.cancelled()) {
            return Answer.retrieved(question, Answer.RETRIEVED, ranked, STOPPED_BEFORE_THE_MODEL);
        }
        stream.send(new AnswerEvent.Passages(prompt.passages()));
        GenerationResult result = generate(prompt, stream);
        CheckedAnswer checked = checker.check(result.text(), prompt.passages());
        AnswerMode mode = checked.text().startsWith(MODEL_SAYS_NOT_IN_DOCUMENTS)
                ? AnswerMode.NOT_IN_DOCUMENTS : AnswerMode.GENERATED;
        String notice = switch (result.reason()) {
            case MAX_TOKENS -> "The answer was cut at " + answerTokens + " tokens.";
            case CANCELLED -> STOPPED;
            case END_OF_TEXT, STOP_SEQUENCE -> "";
        };
        return new Answer(question, mode, checked.text(), prompt.passages(), notice, checked.invalidCitations(),
                checked.quotes());
    }

    /** The model's whole text, each piece sent on as it comes; a model left running is always stopped. */
    private GenerationResult generate(PromptBuilder.Prompt prompt, AnswerStream stream) throws InterruptedException {
        GenerationHandle handle = engine.generate(prompt.request(),
                text -> stream.send(new AnswerEvent.Token(text)));
        stream.generating(handle);
        try {
            return handle.await(LONGEST_ANSWER);
        } catch (InterruptedException | RuntimeException e) {
            handle.cancel();
            throw e;
        }
    }
}
