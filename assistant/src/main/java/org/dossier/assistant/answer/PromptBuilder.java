package org.dossier.assistant.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.dossier.assistant.retrieve.Citation;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.ChatRequest.ChatMessage;

/**
 * Builds the chat for a question: the stable system instructions first, then the conversation, then the numbered
 * passages, so the runtime's prompt cache serves follow-ups. Passages are added in rank order while they fit the
 * model's context after room is kept for the answer; a passage that does not fit is left out whole.
 */
final class PromptBuilder {

    /** The chat, and the passages that made it into the prompt (numbered as the model sees them). */
    record Prompt(ChatRequest request, List<Citation> passages) {
    }

    private final PromptTemplates templates;
    private final ToIntFunction<String> tokens;
    private final int contextTokens;
    private final int answerTokens;

    PromptBuilder(PromptTemplates templates, ToIntFunction<String> tokens, int contextTokens, int answerTokens) {
        if (answerTokens >= contextTokens) {
            throw new IllegalArgumentException("answer tokens (" + answerTokens + ") must leave room in a context of "
                    + contextTokens);
        }
        this.templates = templates;
        this.tokens = tokens;
        this.contextTokens = contextTokens;
        this.answerTokens = answerTokens;
    }

    Prompt build(String question, String conversation, List<Citation> ranked) {
        int fixed = tokens.applyAsInt(templates.system()) + tokens.applyAsInt(
                templates.answerPrompt(conversation, "", question));
        int budget = contextTokens - answerTokens - fixed;
        List<Citation> kept = new ArrayList<>();
        StringBuilder passages = new StringBuilder();
        for (Citation citation : ranked) {
            String block = block(kept.size() + 1, citation);
            int cost = tokens.applyAsInt(block);
            if (cost > budget) {
                continue;
            }
            budget -= cost;
            kept.add(citation.numbered(kept.size() + 1));
            passages.append(block);
        }
        ChatRequest request = new ChatRequest(List.of(
                ChatMessage.system(templates.system().strip()),
                ChatMessage.user(templates.answerPrompt(conversation, passages.toString().strip(), question))),
                answerTokens, List.of(), 0.0);
        return new Prompt(request, kept);
    }

    private static String block(int number, Citation citation) {
        return "[" + number + "] " + citation.label() + "\n" + citation.passage() + "\n\n";
    }

}
