package org.dossier.assistant.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.assistant.answer.PromptTemplates.PromptTemplateException;
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
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_-]+)}");

    public RewritePrompt {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template == null ? "" : template);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        for (String name : found) {
            if (!PLACEHOLDERS.contains(name)) {
                throw new PromptTemplateException("unknown placeholder {" + name + "} in " + FILE
                        + " — use {conversation} and {question}");
            }
        }
        for (String name : PLACEHOLDERS) {
            if (!found.contains(name)) {
                throw new PromptTemplateException(FILE + " lacks {" + name + "}");
            }
        }
    }

    /**
     * {@code rewrite.txt} from the user's prompts folder, or the one inside Dossier when the folder has none: a
     * folder made before conversations existed holds only the answer prompts, and must keep working.
     */
    public static RewritePrompt load(@Nullable Path folder) {
        if (folder != null && Files.isRegularFile(folder.resolve(FILE))) {
            try {
                return new RewritePrompt(Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new PromptTemplateException("cannot read prompt " + folder.resolve(FILE)
                        + " — check dossier.assistant.prompts-dir");
            }
        }
        try (InputStream in = RewritePrompt.class.getClassLoader().getResourceAsStream("prompts/" + FILE)) {
            if (in == null) {
                throw new PromptTemplateException("the default prompt prompts/" + FILE + " is missing from the build");
            }
            return new RewritePrompt(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In one pass, so that braces in a question or an earlier answer are never taken for placeholders. */
    String fill(String conversation, String question) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group(1).equals("conversation") ? conversation : question;
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString().strip();
    }
}
