package org.dossier.assistant.answer;

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

import org.jspecify.annotations.Nullable;

/**
 * The two prompts a user may edit ({@code config/prompts/}): the system instructions, which never change within a
 * conversation, and the answer prompt with its placeholders. Placeholders are checked when Dossier starts, so a
 * typo fails at once with a message instead of reaching the model.
 *
 * @param system instructions, no placeholders
 * @param answer must hold {@code {passages}} and {@code {question}}; may hold {@code {conversation}}
 */
public record PromptTemplates(String system, String answer) {

    static final Set<String> REQUIRED = Set.of("passages", "question");
    static final Set<String> ALLOWED = Set.of("passages", "question", "conversation");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_-]+)}");

    public PromptTemplates {
        if (system == null || system.isBlank()) {
            throw new PromptTemplateException("the system prompt is empty");
        }
        Set<String> inSystem = placeholders(system);
        if (!inSystem.isEmpty()) {
            throw new PromptTemplateException("the system prompt must not hold placeholders, found " + inSystem
                    + " — they belong in answer.txt");
        }
        Set<String> found = placeholders(answer);
        for (String name : found) {
            if (!ALLOWED.contains(name)) {
                throw new PromptTemplateException("unknown placeholder {" + name + "} in the answer prompt — use "
                        + "{conversation}, {passages} and {question}");
            }
        }
        for (String name : REQUIRED) {
            if (!found.contains(name)) {
                throw new PromptTemplateException("the answer prompt lacks {" + name + "}");
            }
        }
    }

    /** The templates in a folder ({@code system.txt}, {@code answer.txt}), or the defaults inside Dossier. */
    public static PromptTemplates load(@Nullable Path folder) {
        if (folder != null) {
            return new PromptTemplates(read(folder.resolve("system.txt")), read(folder.resolve("answer.txt")));
        }
        return new PromptTemplates(resource("prompts/system.txt"), resource("prompts/answer.txt"));
    }

    String answerPrompt(String conversation, String passages, String question) {
        Matcher matcher = PLACEHOLDER.matcher(answer);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "conversation" -> conversation;
                case "passages" -> passages;
                default -> question;
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString().strip();
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PromptTemplateException("cannot read prompt " + file + " — check dossier.assistant.prompts-dir");
        }
    }

    private static String resource(String name) {
        try (InputStream in = PromptTemplates.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new PromptTemplateException("the default prompt " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A prompt template that cannot be used, with what to fix. */
    public static final class PromptTemplateException extends IllegalStateException {
        public PromptTemplateException(String message) {
            super(message);
        }
    }
}
