package org.dossier.assistant.bridge;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.dossier.assistant.answer.PromptFile;
import org.jspecify.annotations.Nullable;

/**
 * The prompt that asks the chat model for a second round's search query ({@code bridge.txt}), checked when Dossier
 * starts as the other prompts are.
 *
 * @param template must hold {@code {question}} and {@code {passages}}, nothing else
 */
public record BridgePrompt(String template) {

    static final String FILE = "bridge.txt";
    private static final Set<String> PLACEHOLDERS = Set.of("passages", "question");

    public BridgePrompt {
        PromptFile.check(template, FILE, PLACEHOLDERS);
    }

    /** {@code bridge.txt} from the user's prompts folder, or the one inside Dossier when the folder has none. */
    public static BridgePrompt load(@Nullable Path folder) {
        return new BridgePrompt(PromptFile.load(folder, FILE));
    }

    String fill(String question, String passages) {
        return PromptFile.fill(template, Map.of("question", question, "passages", passages));
    }
}
