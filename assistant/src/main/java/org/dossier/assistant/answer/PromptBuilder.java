package org.dossier.assistant.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dossier.assistant.Citation;
import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.ChatRequest;

/**
 * Builds the chat for a question: the stable system instructions first, then the conversation, then the numbered
 * passages, so the runtime's prompt cache serves follow-ups. Passages are taken in the order given (the caller puts
 * every source's best first) while they fit the model's context after room is kept for the answer; a passage that
 * does not fit is left out whole. The model then reads those taken in rank order (their numbers as retrieved): the
 * same passages always make the same prompt, which a runtime's prompt cache can reuse.
 */
final class PromptBuilder {

    /** The chat, and the passages that made it into the prompt (numbered as the model sees them). */
    record Prompt(ChatRequest request, List<Citation> passages) {
    }

    private final PromptTemplates templates;
    private final TokenCounts tokens;
    private final int contextTokens;
    private final int answerTokens;

    PromptBuilder(PromptTemplates templates, TokenCounts tokens, int contextTokens, int answerTokens) {
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
        // Everything measured in one call: the fixed parts, then each passage's block. A block is measured with
        // the highest number it could get, so leaving a passage out (the later ones move up) never costs more.
        List<String> texts = new ArrayList<>(List.of(templates.system(),
                templates.answerPrompt(conversation, "", question)));
        ranked.forEach(citation -> texts.add(block(ranked.size(), citation)));
        List<Integer> counts = tokens.count(texts);
        int budget = contextTokens - answerTokens - counts.get(0) - counts.get(1);
        List<Citation> taken = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            int cost = counts.get(i + 2);
            if (cost > budget) {
                continue;
            }
            budget -= cost;
            taken.add(ranked.get(i));
        }
        taken.sort(Comparator.comparingInt(Citation::number));
        List<Citation> kept = new ArrayList<>(taken.size());
        StringBuilder passages = new StringBuilder();
        for (Citation citation : taken) {
            kept.add(citation.numbered(kept.size() + 1));
            passages.append(block(kept.size(), citation));
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
