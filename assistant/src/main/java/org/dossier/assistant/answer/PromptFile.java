package org.dossier.assistant.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dossier.assistant.answer.PromptTemplates.PromptTemplateException;
import org.jspecify.annotations.Nullable;

/**
 * A one-file prompt a user may edit beside the answer prompts ({@code rewrite.txt}, {@code bridge.txt}): read from
 * the user's prompts folder or, when the folder has none, from inside Dossier (a folder made before the prompt
 * existed must keep working); its placeholders checked when it is made, so at start-up; filled in one pass.
 *
 * @param name         the file's name, as the user's prompts folder holds it
 * @param placeholders what the template must hold, and all it may hold
 */
public record PromptFile(String name, Set<String> placeholders, String template) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_-]+)}");

    public PromptFile {
        placeholders = Set.copyOf(placeholders);
        check(template, name, placeholders);
    }

    /** The prompt from the folder, or the one inside Dossier, checked. */
    public static PromptFile load(@Nullable Path folder, String name, Set<String> placeholders) {
        return new PromptFile(name, placeholders, text(folder, name));
    }

    private static String text(@Nullable Path folder, String file) {
        if (folder != null && Files.isRegularFile(folder.resolve(file))) {
            try {
                return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PromptTemplateException("cannot read prompt " + folder.resolve(file)
                        + " — check dossier.assistant.prompts-dir");
            }
        }
        try (InputStream in = PromptFile.class.getClassLoader().getResourceAsStream("prompts/" + file)) {
            if (in == null) {
                throw new PromptTemplateException("the default prompt prompts/" + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with what to fix unless the template holds each of the placeholders and no other. */
    private static void check(@Nullable String template, String file, Set<String> placeholders) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template == null ? "" : template);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        String allowed = placeholders.stream().sorted().map(name -> "{" + name + "}")
                .collect(Collectors.joining(" and "));
        for (String name : found) {
            if (!placeholders.contains(name)) {
                throw new PromptTemplateException("unknown placeholder {" + name + "} in " + file + " — use "
                        + allowed);
            }
        }
        for (String name : placeholders.stream().sorted().toList()) {
            if (!found.contains(name)) {
                throw new PromptTemplateException(file + " lacks {" + name + "}");
            }
        }
    }

    /** In one pass, so that braces in a value (a question, a passage) are never taken for placeholders. */
    public String fill(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString().strip();
    }
}
