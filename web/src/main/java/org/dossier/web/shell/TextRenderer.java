package org.dossier.web.shell;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.dossier.assistant.Answer;
import org.dossier.assistant.Citation;
import org.dossier.assistant.Conversation;
import org.dossier.assistant.ConversationSummary;
import org.dossier.assistant.Snippet;
import org.dossier.assistant.Turn;
import org.dossier.indexer.EmbeddingProgress;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.RunRecord;
import org.dossier.web.status.Status;
import org.springframework.stereotype.Component;

/** Plain text for the terminal. Matched words are bold on a terminal and wrapped in *stars* in a pipe. */
@Component
public class TextRenderer {

    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final boolean terminal;

    public TextRenderer() {
        this(System.console() != null && System.console().isTerminal());
    }

    TextRenderer(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether output goes to a terminal: the server's own, or a one-shot client's that sent the command. */
    boolean terminal() {
        return RemoteClient.TERMINAL.orElse(terminal);
    }

    /** Whether an answer can be printed here as the model writes it: on this process's own terminal only. */
    boolean streams() {
        return terminal && !RemoteClient.isRunning();
    }

    /** The cited passage itself among its neighbours: bold on a terminal, quoted with "> " in a pipe. */
    String emphasised(String passage) {
        return terminal() ? BOLD + passage + RESET : "> " + passage.replace("\n", "\n> ");
    }

    String answer(Answer answer) {
        StringBuilder out = new StringBuilder(searchedAs(answer));
        out.append(answer.text()).append('\n');
        if (answer.refused()) {
            out.append("Why: ").append(answer.refusal()).append('\n')
                    .append("(The model was not asked; ask --force \"…\" asks it anyway.)\n");
        }
        return withChecksAndSources(out, answer);
    }

    /**
     * What follows an answer whose raw text was printed as the model wrote it: the checked text again only when the
     * check changed it (a citation removed, a quotation marked), then the citations as for any answer.
     */
    String afterStreaming(Answer answer) {
        StringBuilder out = new StringBuilder();
        if (changedByCheck(answer)) {
            out.append("\nChecked answer (citations that match no passage removed, quotations not found in the "
                    + "passages marked):\n").append(answer.text()).append('\n');
        }
        if (!answer.standaloneQuestion().equals(answer.question())) {
            out.append("\n(Searched as: ").append(answer.standaloneQuestion()).append(")\n");
        }
        return withChecksAndSources(out, answer);
    }

    private static boolean changedByCheck(Answer answer) {
        return !answer.invalidCitations().isEmpty() || answer.quotes().stream().anyMatch(quote -> !quote.verified());
    }

    private static String searchedAs(Answer answer) {
        return answer.standaloneQuestion().equals(answer.question()) ? ""
                : "(Searched as: " + answer.standaloneQuestion() + ")\n\n";
    }

    private String withChecksAndSources(StringBuilder out, Answer answer) {
        if (!answer.invalidCitations().isEmpty()) {
            out.append("(Removed citations that matched no passage: ").append(answer.invalidCitations()).append(")\n");
        }
        if (!answer.citations().isEmpty()) {
            out.append('\n').append(citations(answer.citations()));
        }
        if (!answer.notice().isBlank()) {
            out.append('\n').append(answer.notice()).append('\n');
        }
        if (answer.conversationId() != null) {
            out.append("\nConversation ").append(answer.conversationId()).append(" — follow up with: ask --conversation ")
                    .append(answer.conversationId()).append(" \"…\"\n");
        }
        return out.toString().stripTrailing();
    }

    String conversations(List<ConversationSummary> conversations) {
        if (conversations.isEmpty()) {
            return "No conversations yet — ask something.";
        }
        StringBuilder out = new StringBuilder("   id  last question (UTC)  questions  title\n");
        for (ConversationSummary c : conversations) {
            out.append("%5d  %-20s  %9d  %s%n".formatted(c.id(), WHEN.format(c.updatedAt()), c.turns(), c.title()));
        }
        return out.toString().stripTrailing();
    }

    String conversation(Conversation conversation) {
        StringBuilder out = new StringBuilder("Conversation ").append(conversation.id()).append(": ")
                .append(conversation.title()).append('\n');
        for (Turn turn : conversation.turns()) {
            out.append("\n").append(turn.ordinal()).append(". ").append(turn.question()).append('\n');
            if (!turn.standaloneQuestion().equals(turn.question())) {
                out.append("   (searched as: ").append(turn.standaloneQuestion()).append(")\n");
            }
            out.append("   ").append(turn.answer().replace("\n", "\n   ")).append('\n');
            turn.citations().forEach(c -> out.append("   [").append(c.number()).append("] ").append(c.label()).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    String citations(List<Citation> citations) {
        if (citations.isEmpty()) {
            return "No passage matches.";
        }
        StringBuilder out = new StringBuilder();
        for (Citation citation : citations) {
            out.append('[').append(citation.number()).append("] ").append(citation.label()).append('\n')
                    .append("    ").append(snippet(citation.snippet()).replace("\n", "\n    ")).append("\n\n");
        }
        return out.toString().stripTrailing();
    }

    String report(IndexReport report) {
        return counts(report) + stopped(report) + ".";
    }

    /** The run's counts, then where its vectors stand: a run whose vectors stopped says so on the same line. */
    String report(IndexRun run) {
        EmbeddingProgress vectors = run.vectors();
        if (vectors == null) {
            return report(run.report());
        }
        String notDone = run.vectorsNotDone();
        return "%s%s; vectors: %,d of %,d passages%s%s.".formatted(counts(run.report()), stopped(run.report()),
                vectors.embedded(),
                vectors.passages(), unembeddable(vectors), notDone == null ? "" : " — not done: " + notDone);
    }

    private static String counts(IndexReport report) {
        return "Indexed %d of %d files (%d unchanged, %d skipped, %d failed, %d removed%s), %d passages, in %.1f s"
                .formatted(report.indexed(), report.files(), report.unchanged(), report.skipped(), report.failed(),
                        report.removed(), report.moved() == 0 ? "" : ", " + report.moved() + " moved",
                        report.passages(), report.elapsed().toMillis() / 1000.0);
    }

    private static String stopped(IndexReport report) {
        return report.stopped() == null ? "" : " — " + report.stopped();
    }

    private static String unembeddable(EmbeddingProgress vectors) {
        return vectors.unembeddable() == 0 ? "" : " (%,d could not be embedded — empty or refused by the model — and "
                .formatted(vectors.unembeddable()) + "are found by keyword only)";
    }

    String status(Status status) {
        var counts = status.counts();
        StringBuilder out = new StringBuilder()
                .append(status.paused() == null ? "" : "Indexing:       " + status.paused() + "\n")
                .append(status.lastRunStopped() == null ? "" : "Last run:       " + status.lastRunStopped() + "\n")
                .append("Data directory: ").append(status.dataDir()).append('\n')
                .append("Sources:        ").append(status.sources().isEmpty() ? "none" : String.join(", ", status.sources())).append('\n')
                .append("Files:          ").append(counts.files()).append('\n')
                .append("Documents:      %d indexed, %d skipped, %d failed (files, messages and attachments)%n"
                        .formatted(counts.indexed(), counts.skipped(), counts.failed()))
                .append("Passages:       ").append(status.passages()).append('\n')
                .append("Vectors:        ").append(vectors(status)).append('\n')
                .append("Chat model:     ").append(status.model().state()).append(" — ").append(status.model().detail())
                .append('\n').append("Context:        ").append(status.contextLine());
        if (!status.runs().isEmpty()) {
            out.append("\n\nTasks:");
            for (RunRecord run : status.runs()) {
                out.append("\n  %s  %d %s %s  %s%s".formatted(WHEN.format(run.started()), run.id(), run.kind(),
                        run.state(), run.progress(), run.note() == null ? "" : " — " + run.note()));
            }
        }
        StatusLists.reasons(out, "Why documents were not indexed:", status.reasons());
        StatusLists.reasons(out, "Indexed in part:", status.partlyIndexed());
        StatusLists.notIndexed(out, status.notIndexed());
        return out.toString();
    }

    /** {@code status --failed}: each document that failed, with its reason, and what to do about them. */
    String failed(List<Status.NotIndexed> failed) {
        if (failed.isEmpty()) {
            return "No file failed.";
        }
        StringBuilder out = new StringBuilder();
        for (Status.NotIndexed doc : failed) {
            out.append(doc.file()).append(doc.entry() == null ? "" : " " + doc.entry())
                    .append(doc.reason() == null ? "" : ": " + doc.reason()).append('\n');
        }
        return out.append("\n%d failed. Fix or remove them, then: index".formatted(failed.size())).toString();
    }

    private static String vectors(Status status) {
        var embedding = status.embedding();
        if (embedding == null) {
            return "off (keyword search only)";
        }
        return "%d of %d passages (%s)%s%s%s".formatted(embedding.embedded(), embedding.passages(), embedding.model(),
                unembeddable(embedding), embedding.running() ? ", embedding…" : "",
                embedding.lastError() == null ? "" : " — stopped: " + embedding.lastError());
    }

    private String snippet(Snippet snippet) {
        StringBuilder out = new StringBuilder(snippet.clippedStart() ? "…" : "");
        int at = 0;
        for (Snippet.Highlight highlight : snippet.highlights()) {
            out.append(snippet.text(), at, highlight.start())
                    .append(terminal() ? BOLD : "*")
                    .append(snippet.text(), highlight.start(), highlight.end())
                    .append(terminal() ? RESET : "*");
            at = highlight.end();
        }
        out.append(snippet.text().substring(at));
        return out.append(snippet.clippedEnd() ? "…" : "").toString();
    }
}
