package org.dossier.assistant;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dossier.engine.ChatEngine;
import org.dossier.indexer.EmbeddingStage;
import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexingService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The assistant as the application wires it: every module's configuration, read from {@code config/application.yml}
 * (on the test class path), on a data directory of its own — so search is hybrid, keywords and the bundled embedding
 * model's vectors. Only the chat model is the test's: it stands in for the configured one. Tika parses in this JVM
 * and sources are not watched, to start quickly; the application's one-shot commands do the same.
 */
public final class AssistantStack implements AutoCloseable {

    /** How long a test's few files may take to get their vectors on a busy machine. */
    private static final Duration VECTORS = Duration.ofMinutes(2);

    public final ConversationStore store;
    public final Ask ask;
    public final AnswerService answers;
    private final ConfigurableApplicationContext context;
    private final IndexingService indexing;
    /** Absent with embeddings off ({@code --dossier.engine.embedding=none}). */
    private final @Nullable EmbeddingStage embedding;

    /** With the configured chat model: none in the default settings, so answers are the retrieved passages. */
    public AssistantStack(Path dataDir) {
        this(dataDir, null);
    }

    /** @param settings more {@code --name=value} settings, as on Dossier's command line */
    public AssistantStack(Path dataDir, @Nullable ChatEngine model, String... settings) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE);
        if (model != null) {
            application.initializers(app -> ((GenericApplicationContext) app).registerBean("testChatEngine",
                    ChatEngine.class, () -> model, definition -> definition.setPrimary(true)));
        }
        // as arguments, which win over application.yml (default properties would not: the data directory in the
        // user's home would be used)
        List<String> arguments = new ArrayList<>(List.of("--dossier.data-dir=" + dataDir,
                "--dossier.indexer.isolation=false", "--dossier.indexer.watch=false", "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(settings));
        context = application.run(arguments.toArray(String[]::new));
        store = context.getBean(ConversationStore.class);
        ask = context.getBean(Ask.class);
        answers = context.getBean(AnswerService.class);
        indexing = context.getBean(IndexingService.class);
        embedding = context.getBeanProvider(EmbeddingStage.class).getIfAvailable();
    }

    /** A bean of the application's context, for a test that looks at one stage on its own. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Indexes a folder and waits for its passages' vectors, so that the first question already searches both ways. */
    public IndexReport index(Path folder) {
        IndexReport report = indexing.index(folder);
        if (embedding == null) {
            return report;
        }
        try {
            if (!embedding.awaitIdle(VECTORS)) {
                throw new IllegalStateException("the passages' vectors were not in after " + VECTORS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the passages' vectors were made", e);
        }
        if (embedding.progress().lastError() != null) {
            throw new IllegalStateException("embedding failed: " + embedding.progress().lastError());
        }
        return report;
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * Dossier's own component scan and auto-configuration, as {@code DossierApplication} has them. Deliberately no
     * {@code @SpringBootConfiguration} (a {@code @Component}): the web module's tests scan {@code org.dossier} with
     * this class on their class path, and would then run its scan too, test configurations and all.
     */
    @EnableAutoConfiguration(exclude = FlywayAutoConfiguration.class)
    @ComponentScan("org.dossier")
    static class Application {
    }
}
