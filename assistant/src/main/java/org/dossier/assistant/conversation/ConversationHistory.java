package org.dossier.assistant.conversation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import org.dossier.assistant.AnswerMode;
import org.dossier.assistant.Turn;

/**
 * Earlier turns as prompt text, newest last, within a token budget. The oldest turns are left out whole when the
 * budget is short: a follow-up nearly always leans on the latest ones.
 */
final class ConversationHistory {

    static final String HEADING = "The conversation so far, for context only (the answer must still come from the "
            + "passages):";
    /** An earlier answer's [n] refer to that answer's passages, not to the ones the model is given now. */
    private static final Pattern CITATION = Pattern.compile("\\s*\\[\\d+(?:\\s*,\\s*\\d+)*]");

    private final ToIntFunction<String> tokens;

    ConversationHistory(ToIntFunction<String> tokens) {
        this.tokens = tokens;
    }

    /** The conversation as the answer prompt's {@code {conversation}}: a heading, then the turns; or empty. */
    String forAnswer(List<Turn> turns, int budget) {
        String lines = lines(turns, budget - tokens.applyAsInt(HEADING));
        return lines.isEmpty() ? "" : HEADING + "\n" + lines + "\n";
    }

    /** The latest turns that fit in {@code budget} tokens, as "User:" and "Dossier:" lines; empty if none fits. */
    String lines(List<Turn> turns, int budget) {
        Deque<String> kept = new ArrayDeque<>();
        int left = budget;
        for (int i = turns.size() - 1; i >= 0; i--) {
            String block = block(turns.get(i));
            int cost = tokens.applyAsInt(block);
            if (cost > left) {
                break;
            }
            left -= cost;
            kept.addFirst(block);
        }
        return String.join("", kept).strip();
    }

    /** Only a written answer is worth the tokens: retrieved passages were not an answer to carry forward. */
    private static String block(Turn turn) {
        String user = "User: " + oneLine(turn.question()) + "\n";
        if (turn.mode() != AnswerMode.GENERATED) {
            return user;
        }
        return user + "Dossier: " + oneLine(CITATION.matcher(turn.answer()).replaceAll("")) + "\n";
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
