package org.dossier.assistant.answer;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.dossier.assistant.retrieve.Citation;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.GenerationResult;
import org.dossier.indexer.index.DossierAnalyzer;

/**
 * Answers a question from retrieved passages with the chat model, in four steps:
 * <ol>
 *   <li>if the best passage is not about the question, say the documents don't hold the answer and show the
 *       nearest passages, without asking the model;</li>
 *   <li>build the prompt: instructions, conversation, then the passages that fit the model's context;</li>
 *   <li>stream the model's answer, token by token, to the caller;</li>
 *   <li>check it: citations that point nowhere removed, quotations verified against the passages.</li>
 * </ol>
 */
public final class GroundedAnswerer {

    public static final String NOT_IN_DOCUMENTS = "The documents don't contain an answer to this question. "
            + "The nearest passages are below.";
    /** What the system prompt tells the model to say when the passages do not answer. */
    static final String MODEL_SAYS_NOT_IN_DOCUMENTS = "The documents don't say";

    private static final Duration LONGEST_ANSWER = Duration.ofMinutes(10);

    private final ChatEngine engine;
    private final PromptTemplates templates;
    private final Relevance relevance;
    private final int answerTokens;
    private final CitationChecker checker = new CitationChecker();

    public GroundedAnswerer(ChatEngine engine, PromptTemplates templates, DossierAnalyzer analyzer,
                            double minimumCoverage, int answerTokens) {
        this.engine = engine;
        this.templates = templates;
        this.relevance = new Relevance(analyzer, minimumCoverage);
        this.answerTokens = answerTokens;
    }

    public Answer answer(String question, String conversation, List<Citation> ranked, Consumer<String> tokens)
            throws InterruptedException {
        if (ranked.isEmpty() || !relevance.relevant(question, ranked.getFirst().passage())) {
            return new Answer(question, AnswerMode.NOT_IN_DOCUMENTS, NOT_IN_DOCUMENTS, ranked, "", List.of(), List.of());
        }
        PromptBuilder.Prompt prompt = new PromptBuilder(templates, engine::countTokens, engine.contextTokens(),
                answerTokens).build(question, conversation, ranked);
        if (prompt.passages().isEmpty()) {
            return Answer.retrieved(question, AnswerService.RETRIEVED, ranked, "The chat model's context ("
                    + engine.contextTokens() + " tokens) cannot hold the instructions, a passage and an answer of "
                    + answerTokens + " tokens — raise dossier.engine.context-size or lower dossier.assistant.answer-tokens.");
        }
        GenerationResult result = engine.generate(prompt.request(), new GenerationListener() {
            @Override
            public void onToken(String text) {
                tokens.accept(text);
            }
        }).await(LONGEST_ANSWER);
        CheckedAnswer checked = checker.check(result.text(), prompt.passages());
        AnswerMode mode = checked.text().startsWith(MODEL_SAYS_NOT_IN_DOCUMENTS)
                ? AnswerMode.NOT_IN_DOCUMENTS : AnswerMode.GENERATED;
        String notice = result.reason() == GenerationResult.StopReason.MAX_TOKENS
                ? "The answer was cut at " + answerTokens + " tokens." : "";
        return new Answer(question, mode, checked.text(), prompt.passages(), notice, checked.invalidCitations(),
                checked.quotes());
    }
}
