package org.dossier.assistant.retrieve;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.indexer.SearchFilter;
import org.jspecify.annotations.Nullable;

/**
 * What a question asks beyond its words, read from its wording: the parts of a question that asks two things
 * ("who signed …, and how much …?"), a date range ("in March 2024", "between 1 March and 15 April 2024", "before
 * May 2024"), and whether it wants the first or the last of some messages ("when did … first write …", "the latest
 * message from …"). Retrieval searches each part and the range as well as the whole question
 * ({@link PlannedSearch}); a question that names none of them is searched as it is.
 *
 * @param parts the questions within a multi-part question, each searched on its own; empty for a single question
 * @param range dated on or after {@code range.from} and before {@code range.to}; {@code null} when none is named
 * @param order {@code null} unless the question asks for the first or the last
 */
record QuestionPlan(List<String> parts, @Nullable DateRange range, @Nullable Order order) {

    enum Order { FIRST, LAST }

    /** Days from {@code from} (inclusive) to {@code to} (exclusive), in UTC. */
    record DateRange(LocalDate from, LocalDate to) {

        SearchFilter applyTo(SearchFilter filter) {
            return new SearchFilter(filter.sourceId(), filter.mediaType(), from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    to.atStartOfDay(ZoneOffset.UTC).toInstant(), filter.sender(), filter.recipient(),
                    filter.messageId(), filter.inReplyTo(), filter.thread(), filter.path());
        }
    }

    private static final String MONTHS = monthNames();
    /** 3 March 2024, March 3, 2024, March 2024, 2024-03-03; the year optional (taken from the range's other end). */
    private static final String DATE = "(?:\\d{4}-\\d{2}-\\d{2}|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:" + MONTHS
            + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d))?(?:,?\\s+\\d{4})?|\\d{4})";
    private static final Pattern BETWEEN = Pattern.compile("\\b(?:between|from)\\s+(" + DATE + ")\\s+(?:and|to|until)\\s+("
            + DATE + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN = Pattern.compile("\\b(?:in|during|on)\\s+(" + DATE + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE = Pattern.compile("\\bbefore\\s+(" + DATE + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile("\\b(?:after|since)\\s+(" + DATE + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST = Pattern.compile("\\b(?:first|earliest|oldest)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST = Pattern.compile(
            "\\b(?:latest|newest|most recent|last(?!\\s+(?:year|month|week|time|page|name)))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Where a second question starts: ", and how …", "; what …", "? Who …". */
    private static final Pattern SECOND_QUESTION = Pattern.compile(
            "(?:,\\s*(?:and\\s+)?|;\\s*|\\?\\s+|\\s+and\\s+)(?=(?:who|whom|whose|what|when|where|which|why|how)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A part shorter than this many words (letters or digits) is no question of its own: "who and when". */
    private static final int PART_WORDS = 3;

    static QuestionPlan of(String question) {
        return new QuestionPlan(parts(question), range(question), order(question));
    }

    /** Nothing beyond the words: the whole question is searched once. */
    boolean isPlain() {
        return parts.isEmpty() && range == null && order == null;
    }

    private static List<String> parts(String question) {
        List<String> parts = new ArrayList<>();
        for (String part : SECOND_QUESTION.split(question)) {
            if (part.strip().split("[^\\p{L}\\p{N}]+").length >= PART_WORDS) {
                parts.add(part.strip());
            }
        }
        return parts.size() < 2 ? List.of() : List.copyOf(parts);
    }

    private static @Nullable Order order(String question) {
        if (FIRST.matcher(question).find()) {
            return Order.FIRST;
        }
        return LAST.matcher(question).find() ? Order.LAST : null;
    }

    private static @Nullable DateRange range(String question) {
        Matcher between = BETWEEN.matcher(question);
        if (between.find()) {
            Integer year = year(between.group(2));
            DateRange start = day(between.group(1), year);
            DateRange end = day(between.group(2), year);
            return start == null || end == null || !start.from().isBefore(end.to()) ? null
                    : new DateRange(start.from(), end.to());
        }
        Matcher in = IN.matcher(question);
        if (in.find() && day(in.group(1), null) instanceof DateRange range) {
            return range;
        }
        Matcher before = BEFORE.matcher(question);
        if (before.find() && day(before.group(1), null) instanceof DateRange range) {
            return new DateRange(LocalDate.of(1900, 1, 1), range.from());
        }
        Matcher after = AFTER.matcher(question);
        if (after.find() && day(after.group(1), null) instanceof DateRange range) {
            return new DateRange(range.to(), LocalDate.of(9999, 1, 1));
        }
        return null;
    }

    /** The days a date names: one day, a month, or a year; {@code null} without a year (said or given). */
    private static @Nullable DateRange day(String text, @Nullable Integer defaultYear) {
        String date = text.strip().toLowerCase(Locale.ROOT);
        if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate day = LocalDate.parse(date);
                return new DateRange(day, day.plusDays(1));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Integer year = year(date);
        year = year != null ? year : defaultYear;
        Month month = month(date);
        if (year == null || year < 1950 || year > 2100) { // "invoice 2231" names no year
            return null;
        }
        if (month == null) {
            return date.matches("\\d{4}") ? new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)) : null;
        }
        Matcher dayOfMonth = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)").matcher(date);
        if (dayOfMonth.find()) {
            int d = Integer.parseInt(dayOfMonth.group(1));
            if (d >= 1 && d <= month.length(java.time.Year.isLeap(year))) {
                LocalDate day = LocalDate.of(year, month, d);
                return new DateRange(day, day.plusDays(1));
            }
            return null;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return new DateRange(first, first.plusMonths(1));
    }

    private static @Nullable Integer year(String date) {
        Matcher year = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)").matcher(date);
        return year.find() ? Integer.parseInt(year.group(1)) : null;
    }

    private static @Nullable Month month(String date) {
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (Pattern.compile("\\b(?:" + name + "|" + name.substring(0, 3) + ")\\b").matcher(date).find()) {
                return month;
            }
        }
        return null;
    }

    private static String monthNames() {
        List<String> names = new ArrayList<>();
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            names.add(name + "|" + name.substring(0, 3) + "\\.?");
        }
        return String.join("|", names);
    }
}
