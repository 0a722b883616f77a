package org.dossier.assistant;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.dossier.indexer.SearchFilter;
import org.jspecify.annotations.Nullable;

/**
 * The filters a question can be asked within, as the Ask page and the API take them — the search page's facets
 * that matter for an answer: a folder, a type, a date range and a sender. Checked once where they come in, like the
 * {@link Question}; every part is optional.
 *
 * @param folder a folder or file within a source, as the start of its path ({@code mail/}, {@code contracts})
 * @param type   a media type or its start ({@code application/pdf}, {@code message/})
 * @param from   dated on or after this day (UTC)
 * @param to     dated on or before this day (UTC), the whole day included
 * @param sender words of the sender's name or address
 */
public record AskFilter(@Nullable String folder, @Nullable String type, @Nullable LocalDate from,
                        @Nullable LocalDate to, @Nullable String sender) {

    public static final AskFilter NONE = new AskFilter(null, null, null, null, null);

    /** Each part is shorter than this: a path, a media type or a name, not a pasted text. */
    private static final int MAX_CHARS = 500;

    public AskFilter {
        folder = checked("folder", folder);
        type = checked("type", type);
        sender = checked("sender", sender);
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserInputException("the date range ends (" + to + ") before it starts (" + from
                    + ") — swap the two dates");
        }
    }

    /**
     * The filters as typed into a form or an address; blank parts are left out.
     *
     * @throws UserInputException for a date that is not a day ({@code 2024-03-31}) or a range that ends before it
     *                            starts
     */
    public static AskFilter parse(@Nullable String folder, @Nullable String type, @Nullable String from,
                                  @Nullable String to, @Nullable String sender) {
        return new AskFilter(folder, type, day("from", from), day("to", to), sender);
    }

    /** The filter retrieval applies: a folder is a path prefix, the last day is included. */
    public SearchFilter toSearchFilter() {
        SearchFilter dated = new SearchFilter(null, null,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                null, null, null, null, null, null);
        return dated.withPath(folder).withMediaType(type).withSender(sender);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** What the answer was drawn from, in words ("folder mail/ · from Yilmaz · 2024-01-01 to 2024-06-30"). */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (folder != null) {
            parts.add("folder " + folder);
        }
        if (type != null) {
            parts.add("type " + type);
        }
        if (sender != null) {
            parts.add("from " + sender);
        }
        if (from != null || to != null) {
            parts.add(from == null ? "up to " + to : to == null ? "since " + from : from + " to " + to);
        }
        return String.join(" · ", parts);
    }

    private static @Nullable String checked(String part, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > MAX_CHARS) {
            throw new UserInputException("the " + part + " filter is " + typed.length() + " characters long; at most "
                    + MAX_CHARS + " are read");
        }
        return typed.strip();
    }

    private static @Nullable LocalDate day(String part, @Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            String shown = typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
            throw new UserInputException("the '" + part + "' date “" + shown.replaceAll("\\p{Cntrl}", "?")
                    + "” is not a day — write it as 2024-03-31");
        }
    }
}
