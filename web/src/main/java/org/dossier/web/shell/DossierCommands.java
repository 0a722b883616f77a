package org.dossier.web.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dossier.assistant.Answer;
import org.dossier.assistant.AnswerService;
import org.dossier.assistant.Ask;
import org.dossier.assistant.Question;
import org.dossier.assistant.UserInputException;
import org.dossier.indexer.EmbeddingProgress;
import org.dossier.indexer.EmbeddingStage;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexingService;
import org.dossier.indexer.SearchFilter;
import org.dossier.web.status.StatusService;
import org.dossier.web.status.TaskCancel;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main commands, the same in the interactive shell and in one-shot runs ({@code java -jar dossier.jar ask …}).
 * Each prints text for people, or with {@code --json} one JSON document for scripts.
 */
@Component
public class DossierCommands {

    private final IndexingService indexing;
    private final AnswerService answers;
    private final Ask asking;
    private final StatusService status;
    private final TaskCancel tasks;
    private final TextRenderer text;
    private final JsonMapper json;
    private final ObjectProvider<EmbeddingStage> embedding;
    private final LastPassages last;
    /**
     * Asked for only by the commands that use it (Ctrl-C during {@code index}, {@code ask} streamed): making the
     * terminal runs {@code stty} several times and loads JNA, time a one-shot {@code search} has no use for.
     */
    private final ObjectProvider<Terminal> terminal;
    private final boolean oneShot;
    private final ProgressBar progressBar = new ProgressBar(System.err,
            System.console() != null && System.console().isTerminal());

    public DossierCommands(IndexingService indexing, AnswerService answers, Ask asking,
                           StatusService status, TaskCancel tasks, TextRenderer text, JsonMapper json,
                           ObjectProvider<EmbeddingStage> embedding, ObjectProvider<Terminal> terminal,
                           LastPassages last, @Value("${dossier.mode:server}") String mode) {
        this.tasks = tasks;
        this.last = last;
        this.terminal = terminal;
        this.oneShot = mode.equals("one_shot");
        this.indexing = indexing;
        this.answers = answers;
        this.asking = asking;
        this.status = status;
        this.text = text;
        this.json = json;
        this.embedding = embedding;
        indexing.onProgress(progressBar);
    }

    @Command(name = "index", group = "Dossier", completionProvider = "folderCompletion",
            description = "Index a folder (added as a source), or bring every source up to date when none is given.")
    public String index(@Arguments List<String> folders,
                        @Option(longName = "json", description = "print JSON") boolean asJson,
                        CommandContext context) {
        IndexReport report;
        AtomicBoolean stopped = new AtomicBoolean();
        try (CtrlC ignored = CtrlC.stops(terminal.getIfAvailable(), () -> stopped.set(indexing.cancel()))) {
            if (folders == null || folders.isEmpty()) {
                report = progressBar.during(indexing::indexAllSources);
            } else if (folders.size() > 1) {
                throw new UserInputException("index takes one folder at a time (quote a path with spaces)");
            } else {
                Path folder = Path.of(folders.getFirst());
                if (!Files.isDirectory(folder)) {
                    throw new UserInputException("folder not found: " + folder.toAbsolutePath());
                }
                report = progressBar.during(() -> indexing.index(folder));
            }
        }
        IndexRun run = new IndexRun(report, oneShot ? awaitVectors() : null);
        String result = asJson ? json.writeValueAsString(run)
                : (stopped.get() ? "Stopped (Ctrl-C); the files not reached are indexed by the next run. " : "")
                        + text.report(run);
        if (run.vectorsNotDone() != null) {
            // The summary is the result either way; the failure makes a one-shot run exit 1 (a script must not take
            // keyword-only search for hybrid search) and the shell show the reason again as an error.
            context.outputWriter().println(result);
            context.outputWriter().flush();
            throw new IllegalStateException("vectors are not done: " + run.vectorsNotDone());
        }
        return result;
    }

    /** Stops a run going on in the background (started by the web page, the folder watcher or start-up). */
    @Command(name = "cancel", group = "Dossier", description = "Stop the indexing run (or else the embedding pass) "
            + "going on now; what it did stays, the next run does the rest.")
    public String cancel() {
        return tasks.cancel();
    }

    /**
     * Indexing returns once passages are keyword-searchable; a one-shot command also waits for their vectors, so
     * that a script's next {@code ask} gets hybrid search. In the server (its shell, or a one-shot client's command
     * sent to it) the stage simply carries on in the background.
     *
     * @return where the vectors stand then, or {@code null} when embeddings are off
     */
    private @Nullable EmbeddingProgress awaitVectors() {
        EmbeddingStage stage = embedding.getIfAvailable();
        if (stage == null) {
            return null;
        }
        try {
            stage.awaitIdle(Duration.ofHours(24));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stage.progress();
    }

    /**
     * Every question is stored: without --conversation it starts a new one, whose id the answer shows. On a terminal
     * the answer is printed as the model writes it; --json and a pipe get the finished answer only. When the
     * passages are no evidence for the question, the answer says why and the model is not asked; --force asks it.
     */
    @Command(name = "ask", group = "Dossier",
            description = "Ask a question about the indexed documents; --conversation <id> asks a follow-up, --force "
                    + "asks the model even when the documents look silent on it.")
    public String ask(@Arguments List<String> words,
                      @Option(longName = "conversation", description = "the conversation to continue (its id)")
                      Long conversation,
                      @Option(longName = "json", description = "print JSON") boolean asJson,
                      @Option(longName = "force", description = "ask the model even when no passage looks like "
                              + "evidence for the question") boolean force,
                      CommandContext context) {
        Question question = new Question(joined(words), conversation, force);
        if (text.streams() && !asJson) {
            return new StreamingAsk(asking, text, terminal.getIfAvailable()).ask(question, context.outputWriter(), last::remember);
        }
        Answer answer = asking.ask(question);
        last.remember(answer.citations());
        return asJson ? json.writeValueAsString(answer) : text.answer(answer);
    }

    @Command(name = "search", group = "Dossier",
            description = "List the passages that match some words; --path and --type narrow it to a folder or file and "
                    + "a media type, --sender, --recipient and --thread to mail (with a filter the words may be left "
                    + "out, to list a conversation or a folder).")
    public String search(@Arguments List<String> words,
                         @Option(longName = "sender", description = "mail from this name or address") String sender,
                         @Option(longName = "recipient", description = "mail to or copied to this name or address")
                         String recipient,
                         @Option(longName = "thread", description = "the conversation of this Message-ID")
                         String thread,
                         @Option(longName = "path", description = "a folder or file within a source, e.g. contracts/")
                         String path,
                         @Option(longName = "type", description = "a media type or its start, e.g. application/pdf")
                         String type,
                         @Option(longName = "json", description = "print JSON") boolean asJson) {
        SearchFilter filter = SearchFilter.NONE.withSender(sender).withRecipient(recipient).withThread(thread)
                .withPath(path).withMediaType(type);
        var citations = answers.search(joined(words), filter);
        last.remember(citations);
        return asJson ? json.writeValueAsString(citations) : text.citations(citations);
    }

    @Command(name = "status", group = "Dossier",
            description = "Show what is indexed, what was skipped or failed and why, and the model's state; --failed "
                    + "lists the files that failed and why.")
    public String status(@Option(longName = "failed", description = "only the files that failed, with the reason")
                         boolean failedOnly,
                         @Option(longName = "json", description = "print JSON") boolean asJson) {
        var current = status.status();
        if (failedOnly) {
            var failed = current.notIndexed().stream().filter(doc -> doc.state().equals("FAILED")).toList();
            return asJson ? json.writeValueAsString(failed) : text.failed(failed);
        }
        return asJson ? json.writeValueAsString(current) : text.status(current);
    }

    /** A question may arrive quoted (one argument) or as loose words (several). */
    private static String joined(List<String> words) {
        return words == null ? "" : String.join(" ", words);
    }
}
