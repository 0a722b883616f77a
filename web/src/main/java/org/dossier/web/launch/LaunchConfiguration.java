package org.dossier.web.launch;

import org.dossier.engine.DossierProperties;
import org.dossier.engine.EmbeddingEngine;
import org.dossier.indexer.IndexingService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;

@Configuration(proxyBeanMethods = false)
class LaunchConfiguration {

    /** The parser of a line typed in the interactive shell. */
    @Bean
    CommandParser commandParser(CommandRegistry registry) {
        return new FlagFriendlyCommandParser(new DefaultCommandParser(registry));
    }

    /** In tests and embedded use there is no command line: serve, index nothing extra. */
    @Bean
    @ConditionalOnMissingBean
    LaunchPlan launchPlan() {
        return LaunchPlan.from(new String[0], false);
    }

    /** A command line given as arguments, its flags already written whole: Spring Shell's own parser reads it. */
    @Bean
    CommandRun commandRun(CommandRegistry registry) {
        return new CommandRun(new DefaultCommandParser(registry), registry);
    }

    @Bean
    @ConditionalOnProperty(name = LaunchPlan.MODE_PROPERTY, havingValue = "one_shot")
    OneShotRunner oneShotRunner(LaunchPlan plan, CommandRun commands, ObjectProvider<ResultOutput> output) {
        return new OneShotRunner(plan, commands, output.getIfAvailable(() -> new ResultOutput(System.out)).stream());
    }

    /** A short one-shot command does not wait for H2 to compact the catalog's file as it closes. */
    @Bean
    @ConditionalOnProperty(name = LaunchPlan.MODE_PROPERTY, havingValue = "one_shot")
    static BeanPostProcessor quickCatalogClose(LaunchPlan plan) {
        return new QuickCatalogClose(plan);
    }

    /** One-shot commands on this data directory find this server through {@code <data-dir>/server.json}. */
    @Bean
    @ConditionalOnWebApplication
    ServerAnnouncement serverAnnouncement(DossierProperties dossier) {
        return new ServerAnnouncement(dossier);
    }

    /** Without a terminal there is no shell to run: this runner's presence keeps Spring Shell's from starting. */
    @Bean
    @ConditionalOnProperty(name = LaunchPlan.MODE_PROPERTY, havingValue = "server", matchIfMissing = true)
    ApplicationRunner serverOnlyRunner() {
        return arguments -> { };
    }

    @Bean
    @ConditionalOnWebApplication
    StartupIndexing startupIndexing(LaunchPlan plan, IndexingService indexing,
                                    @Value("${logging.file.name:}") String logFile) {
        return new StartupIndexing(plan, indexing, logFile);
    }

    /**
     * A server loads a lazily loaded embedding model once it is up, in the background, so that the first question
     * does not wait for it; a one-shot command loads it only if it embeds.
     */
    @Bean
    @ConditionalOnWebApplication
    ApplicationListener<ApplicationReadyEvent> embeddingWarmUp(ObjectProvider<EmbeddingEngine> embeddings) {
        return event -> embeddings.ifAvailable(EmbeddingEngine::warmUp);
    }

    @Bean
    @ConditionalOnWebApplication
    LoopbackServerGuard loopbackServerGuard(@Value("${server.address:}") String address) {
        return new LoopbackServerGuard(address);
    }
}
