package org.dossier.web.selfcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dossier.assistant.Answer;
import org.dossier.assistant.Ask;
import org.dossier.assistant.ConversationStore;
import org.dossier.assistant.Question;
import org.dossier.engine.AnswerSelfCheck;
import org.dossier.engine.EngineProperties;
import org.dossier.indexer.DocumentCatalog;
import org.dossier.indexer.SourceRecord;
import org.springframework.stereotype.Component;

/**
 * The answer self-check of {@code models bench}, run on this data directory: each question of
 * {@code sample-docs/README.md} goes through {@link Ask} — the pipeline every front end uses, with its retrieval,
 * refusal and citation checks — answered by the configured chat model, and is scored ({@link AnswerScorer}).
 * <p>
 * It runs where it means something, and says why not otherwise: the benched file must be the configured chat model
 * (bench another with {@code --dossier.engine.chat-model=<file>}), and sample-docs must be indexed here. The check
 * uses this data directory rather than a temporary one so that the model is measured on the index and settings the
 * user really answers from, and no second index or second copy of the model is built; its questions leave no
 * conversation behind.
 */
@Component
public class SampleDocsSelfCheck implements AnswerSelfCheck.Runner {

    /** Files only sample-docs holds together: a source folder with both is (or holds) sample-docs. */
    private static final List<String> SIGNATURE = List.of("contracts/dredging-contract-PV-HD-2024-007.pdf",
            "mail/harbour-finance.mbox");

    private final Ask ask;
    private final DocumentCatalog catalog;
    private final ConversationStore conversations;
    private final EngineProperties engine;
    private final AnswerScorer scorer = new AnswerScorer();

    public SampleDocsSelfCheck(Ask ask, DocumentCatalog catalog, ConversationStore conversations,
                               EngineProperties engine) {
        this.ask = ask;
        this.catalog = catalog;
        this.conversations = conversations;
        this.engine = engine;
    }

    @Override
    public AnswerSelfCheck check(Path gguf) {
        return check(gguf, answer -> {
        });
    }

    /** @param heard each answer as the pipeline gave it, before it is scored */
    AnswerSelfCheck check(Path gguf, Consumer<Answer> heard) {
        // 1. The model that answers is the configured one: it must be the benched file.
        if (engine.chatModel() == null || !sameFile(engine.chatModel(), gguf)) {
            return AnswerSelfCheck.skipped("answers come from the configured chat model ("
                    + (engine.chatModel() == null ? "none" : engine.chatModel()) + "), not " + gguf.getFileName()
                    + " — run ./dossier --dossier.engine.chat-model=" + gguf + " models bench " + gguf);
        }
        // 2. The questions are about sample-docs: it must be indexed here.
        Optional<Path> corpus = sampleDocs();
        if (corpus.isEmpty()) {
            return AnswerSelfCheck.skipped("sample-docs is not indexed in this data directory — index the "
                    + "project's sample-docs folder (index ./sample-docs) and bench again");
        }
        // 3. Each question asked the way a user asks it, scored, and its conversation removed.
        List<AnswerSelfCheck.Scored> scored = new ArrayList<>();
        for (SampleQuestion question : SampleQuestions.load()) {
            Answer answer = ask.ask(Question.of(question.question()));
            heard.accept(answer);
            if (answer.conversationId() != null) {
                conversations.delete(answer.conversationId());
            }
            scored.add(scorer.score(question, answer));
        }
        return new AnswerSelfCheck(corpus.get().toString(), "", scored);
    }

    private Optional<Path> sampleDocs() {
        return catalog.sources().stream().map(SourceRecord::path)
                .flatMap(source -> Stream.of(source, source.resolve("sample-docs")))
                .filter(folder -> SIGNATURE.stream().allMatch(file -> Files.isRegularFile(folder.resolve(file))))
                .findFirst();
    }

    private static boolean sameFile(Path configured, Path benched) {
        try {
            return Files.isSameFile(configured, benched);
        } catch (IOException e) {
            return configured.toAbsolutePath().normalize().equals(benched.toAbsolutePath().normalize());
        }
    }
}
