package org.dossier.assistant.conversation;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.dossier.assistant.answer.PromptFile;
import org.jspecify.annotations.Nullable;

/**
 * The prompt that turns a follow-up into a stand-alone question ({@code rewrite.txt}), checked when Dossier starts
 * as {@link org.dossier.assistant.answer.PromptTemplates} checks the answer prompts.
 *
 * @param template must hold {@code {conversation}} and {@code {question}}, nothing else
 */
public record RewritePrompt(String template) {

    static final String FILE = "rewrite.txt";
    private static final Set<String> PLACEHOLDERS = Set.of("conversation", "question");

    public RewritePrompt {
        PromptFile.check(template, FILE, PLACEHOLDERS);
    }

    /**
     * {@code rewrite.txt} from the user's prompts folder, or the one inside Dossier when the folder has none: a
     * folder made before conversations existed holds only the answer prompts, and must keep working.
     */
    public static RewritePrompt load(@Nullable Path folder) {
        return new RewritePrompt(PromptFile.load(folder, FILE));
    }

    /** In one pass, so that braces in a question or an earlier answer are never taken for placeholders. */
    String fill(String conversation, String question) {
        return PromptFile.fill(template, Map.of("conversation", conversation, "question", question));
    }
}
