package org.dossier.assistant.bridge;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.dossier.assistant.answer.PromptFile;
import org.jspecify.annotations.Nullable;

/**
 * The prompt that asks the chat model for a second round's search query ({@code bridge.txt}, holding
 * {@code {question}} and {@code {passages}}), checked when Dossier starts as the other prompts are.
 */
public record BridgePrompt(PromptFile file) {

    /** {@code bridge.txt} from the user's prompts folder, or the one inside Dossier when the folder has none. */
    public static BridgePrompt load(@Nullable Path folder) {
        return new BridgePrompt(PromptFile.load(folder, "bridge.txt", Set.of("passages", "question")));
    }

    String fill(String question, String passages) {
        return file.fill(Map.of("question", question, "passages", passages));
    }
}
