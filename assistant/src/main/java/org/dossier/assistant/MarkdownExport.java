package org.dossier.assistant;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;


/**
 * A conversation as Markdown a journalist can file with their notes: each question and answer, then the passages
 * the answer cited, numbered as its [n] refer to them, each with where it is (file, page or message), its text as a
 * quote, and the file's SHA-256 at the time of the answer, so that anyone can check the file is the one cited.
 */
public final class MarkdownExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** A quoted line that Markdown would otherwise read as a heading, a list item, a table or a nested quote. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?=[#>*+|-]|\\d+[.)])");

    public String export(Conversation conversation) {
        return export(conversation, null);
    }

    /**
     * The same, with each cited passage's address in Dossier's source viewer ({@code viewer} is where Dossier's web
     * page is, {@code http://127.0.0.1:8080}); without one, no address.
     */
    public String export(Conversation conversation, @Nullable String viewer) {
        StringBuilder out = new StringBuilder()
                .append("# ").append(oneLine(conversation.title())).append("\n\n")
                .append("Dossier conversation ").append(conversation.id())
                .append(", started ").append(WHEN.format(conversation.createdAt()))
                .append(", last question ").append(WHEN.format(conversation.updatedAt()))
                .append(", ").append(conversation.turns().size())
                .append(conversation.turns().size() == 1 ? " question" : " questions").append(".\n");
        for (Turn turn : conversation.turns()) {
            turn(out, turn, viewer);
        }
        return out.toString();
    }

    private static void turn(StringBuilder out, Turn turn, @Nullable String viewer) {
        out.append("\n## ").append(turn.ordinal()).append(". ").append(oneLine(turn.question())).append("\n\n");
        if (!turn.standaloneQuestion().equals(turn.question())) {
            out.append("*Searched as:* ").append(oneLine(turn.standaloneQuestion())).append("\n\n");
        }
        out.append(turn.answer().strip()).append("\n");
        if (!turn.notice().isBlank()) {
            out.append("\n*").append(oneLine(turn.notice())).append("*\n");
        }
        if (turn.citations().isEmpty()) {
            return;
        }
        out.append("\n### Sources\n\n");
        for (Citation citation : turn.citations()) {
            citation(out, citation, viewer);
        }
    }

    private static void citation(StringBuilder out, Citation citation, @Nullable String viewer) {
        out.append(citation.number()).append(". ").append(oneLine(citation.label())).append("  \n");
        for (String place : citation.alsoAt()) {
            out.append("   Also at: ").append(oneLine(place)).append("  \n");
        }
        if (citation.message() != null && citation.message().messageId() != null) {
            // as mail clients search for it; ids are kept without brackets (conversations stored before, with)
            String id = citation.message().messageId().replaceAll("^<|>$", "");
            out.append("   Message-ID: `<").append(id).append(">`  \n");
        }
        out.append("   SHA-256: `").append(citation.sha256()).append("`").append(viewer == null ? "" : "  ").append('\n');
        if (viewer != null) {
            out.append("   Open in Dossier: <").append(viewer).append("/documents/").append(citation.documentId())
                    .append("?start=").append(citation.start()).append("&end=").append(citation.end()).append(">\n");
        }
        out.append('\n');
        for (String line : citation.passage().strip().split("\\R")) {
            String text = line.strip();
            out.append("   >").append(text.isEmpty() ? "" : " " + BLOCK_START.matcher(text).replaceFirst("\\\\"))
                    .append('\n');
        }
        out.append('\n');
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
