package org.dossier.web.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dossier.assistant.Answer;
import org.dossier.assistant.AnswerMode;
import org.dossier.assistant.Citation;
import org.dossier.assistant.ConversationStore;
import org.dossier.assistant.QuoteCheck;
import org.dossier.engine.AnswerSelfCheck;
import org.dossier.engine.BenchResult;
import org.dossier.engine.ModelBenchmarks;
import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.indexer.EmbeddingStage;
import org.dossier.indexer.IndexingService;
import org.dossier.web.DossierClient;
import org.dossier.web.shell.ModelCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code models bench} with its answer self-check, end to end: the whole application with the tiny GGUF as its
 * in-process chat model and sample-docs indexed. The tiny model writes nonsense; the test holds that every question
 * went through the real pipeline and that each score is right for the answer the pipeline actually gave, that the
 * result is kept with the speeds and shown on the Models page — not that the model is any good.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dossier.indexer.isolation=false", "dossier.engine.runtime=in-process", "dossier.engine.context-size=2048",
        "dossier.engine.scan-usual-places=false", "dossier.assistant.answer-tokens=48",
        "dossier.assistant.model-wait=2m"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfCheckEndToEndTest {

    private static final Path WORK = temporaryFolder();
    private static final Path MODEL = tinyModel();

    @Autowired
    private IndexingService indexing;
    @Autowired
    private EmbeddingStage embedding;
    @Autowired
    private SampleDocsSelfCheck selfCheck;
    @Autowired
    private ModelCommands commands;
    @Autowired
    private ModelBenchmarks benchmarks;
    @Autowired
    private ConversationStore conversations;
    @LocalServerPort
    private int port;

    private DossierClient client;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("dossier.data-dir", () -> WORK.resolve("data").toString());
        registry.add("dossier.engine.chat-model", MODEL::toString);
    }

    @BeforeAll
    void indexSampleDocs() throws InterruptedException {
        indexing.index(Path.of(System.getProperty("dossier.sample-docs", "../sample-docs")));
        assertThat(embedding.awaitIdle(Duration.ofMinutes(3))).as("sample-docs' vectors are in").isTrue();
    }

    @AfterAll
    void closeClient() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void everyQuestionIsAskedThroughThePipelineAndScoredForWhatTheModelSaid() {
        List<Answer> heard = new ArrayList<>();

        AnswerSelfCheck check = selfCheck.check(MODEL, heard::add);

        List<SampleQuestion> questions = SampleQuestions.load();
        assertThat(check.ran()).as(check.skipped()).isTrue();
        assertThat(check.corpus()).endsWith("sample-docs");
        assertThat(heard).hasSize(questions.size());
        assertThat(check.questions()).hasSize(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            SampleQuestion asked = questions.get(i);
            Answer answer = heard.get(i);
            AnswerSelfCheck.Scored scored = check.questions().get(i);
            assertThat(answer.question()).isEqualTo(asked.question());
            assertThat(scored.mode()).isEqualTo(answer.mode().name());
            // answered when answerable, refused when not: whatever the tiny model wrote
            assertThat(scored.refusalCorrect()).as(asked.question())
                    .isEqualTo((answer.mode() == AnswerMode.GENERATED) == asked.answerable());
            // the pipeline's own findings, counted as they are
            assertThat(scored.invalidCitations()).isEqualTo(answer.invalidCitations());
            assertThat(scored.citationsValid()).isEqualTo(answer.invalidCitations().isEmpty());
            assertThat(scored.quotes()).isEqualTo(answer.quotes().size());
            assertThat(scored.quotesVerified()).isEqualTo((int) answer.quotes().stream()
                    .filter(QuoteCheck::verified).count());
            // cited files are files of passages the answer was given; a question without sources needs none
            assertThat(answer.citations().stream().map(Citation::file).toList())
                    .containsAll(scored.citedFiles());
            assertThat(scored.missingWords()).as(asked.question()).isEqualTo(!asked.answerable() ? List.of()
                    : asked.words().stream().filter(word -> !AnswerScorer.folded(answer.text())
                            .contains(AnswerScorer.folded(word))).toList());
            if (!asked.answerable()) {
                assertThat(scored.sourceCited()).isTrue();
                assertThat(scored.missingWords()).isEmpty();
            } else if (answer.mode() != AnswerMode.GENERATED) {
                assertThat(scored.citedFiles()).as("a refusal cites nothing").isEmpty();
                assertThat(scored.sourceCited()).isFalse();
            }
        }
        // the model itself was asked, through the real pipeline, for the questions the corpus answers
        assertThat(heard.subList(0, 15)).anyMatch(answer -> answer.mode() == AnswerMode.GENERATED);
        // the question that is not about the case at all is refused before the model is asked
        assertThat(check.questions().get(16).mode()).isEqualTo("NOT_IN_DOCUMENTS");
        assertThat(check.questions().get(16).refusalCorrect()).isTrue();
        // and the check leaves no conversation behind
        assertThat(conversations.list()).isEmpty();
    }

    @Test
    void benchKeepsTheSelfCheckWithTheSpeedsAndTheModelsPageShowsIt() throws Exception {
        String table = commands.bench(MODEL.toString(), "in-process", false, false);

        BenchResult kept = benchmarks.stored().getLast();
        assertThat(kept.selfCheck()).isNotNull();
        assertThat(kept.selfCheck().ran()).isTrue();
        assertThat(kept.selfCheck().questions()).hasSize(18);
        assertThat(kept.generationTokensPerSecond()).isPositive();
        assertThat(table).contains("answers  tiny.gguf " + kept.at() + ": " + kept.selfCheck().summary());
        HttpResponse<String> page = client().get("/models");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Answers (self-check)", kept.selfCheck().summary());
    }

    @Test
    void anotherFileThanTheConfiguredChatModelIsNotCheckedAndSaysHowToCheckIt() throws IOException {
        Path other = TinyLlamaGguf.write(WORK.resolve("other.gguf"));

        AnswerSelfCheck check = selfCheck.check(other);

        assertThat(check.ran()).isFalse();
        assertThat(check.questions()).isEmpty();
        assertThat(check.skipped()).contains("not other.gguf", "--dossier.engine.chat-model=" + other);
    }

    @Test
    void speedOnlySkipsTheSelfCheck() throws Exception {
        commands.bench(MODEL.toString(), "in-process", true, true);

        assertThat(benchmarks.stored().getLast().selfCheck()).isNull();
    }

    private DossierClient client() {
        if (client == null) {
            client = new DossierClient(port, WORK.resolve("data"));
        }
        return client;
    }

    private static Path tinyModel() {
        try {
            return TinyLlamaGguf.writeWithContextLength(WORK.resolve("tiny.gguf"), 8192);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("dossier-selfcheck-test");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
