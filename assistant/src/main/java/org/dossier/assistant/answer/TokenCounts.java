package org.dossier.assistant.answer;

import java.util.Arrays;
import java.util.List;

import org.dossier.engine.ChatEngine;

/**
 * The token counts of several texts, asked for in one call: with llama-server every count is a request, so a
 * prompt is measured once, not once per passage.
 */
@FunctionalInterface
interface TokenCounts {

    List<Integer> count(List<String> texts);

    static TokenCounts of(ChatEngine engine) {
        return texts -> Arrays.stream(engine.countTokens(texts)).boxed().toList();
    }
}
