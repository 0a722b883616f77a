package org.dossier.web.ask;

import org.dossier.assistant.AskFilter;
import org.dossier.assistant.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a question as a form or an address carries them ({@code folder}, {@code type}, {@code from},
 * {@code to}, {@code sender}), kept as typed so that a page can show them again; strings only, so that binding never
 * fails and a bad value is explained by {@link AskFilter#parse}.
 */
public record AskFilterForm(@Nullable String folder, @Nullable String type, @Nullable String from,
                            @Nullable String to, @Nullable String sender) {

    /** @throws UserInputException for a date that is not a day, or a range that ends before it starts */
    public AskFilter filter() {
        return AskFilter.parse(folder, type, from, to, sender);
    }

    /** Whether any filter is filled in (the page then shows them open). */
    public boolean any() {
        return filled(folder) || filled(type) || filled(from) || filled(to) || filled(sender);
    }

    private static boolean filled(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
