package org.dossier.assistant.conversation;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.dossier.assistant.answer.PromptFile;
import org.jspecify.annotations.Nullable;

/**
 * The prompt that turns a follow-up into a stand-alone question ({@code rewrite.txt}, holding
 * {@code {conversation}} and {@code {question}}), checked when Dossier starts as
 * {@link org.dossier.assistant.answer.PromptTemplates} checks the answer prompts.
 */
public record RewritePrompt(PromptFile file) {

    /**
     * {@code rewrite.txt} from the user's prompts folder, or the one inside Dossier when the folder has none: a
     * folder made before conversations existed holds only the answer prompts, and must keep working.
     */
    public static RewritePrompt load(@Nullable Path folder) {
        return new RewritePrompt(PromptFile.load(folder, "rewrite.txt", Set.of("conversation", "question")));
    }

    /** In one pass, so that braces in a question or an earlier answer are never taken for placeholders. */
    String fill(String conversation, String question) {
        return file.fill(Map.of("conversation", conversation, "question", question));
    }
}
