package org.dossier.engine;

import org.dossier.engine.embedding.BundledEmbeddings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DossierProperties.class, EngineProperties.class})
class EngineConfiguration {

    /** Absent when embeddings are off; created on first use, so commands that never search by vector never load it. */
    @Bean
    @Lazy
    @ConditionalOnExpression("'${dossier.engine.embedding:bundled}'.toLowerCase() != 'none'")
    EmbeddingEngine embeddingEngine(DossierProperties dossier) {
        return new BundledEmbeddings(dossier.dataDir().resolve("cache"));
    }

    @Bean
    ChatEngine chatEngine(EngineProperties properties) {
        return properties.chatModel() == null
                ? new UnconfiguredChatEngine()
                : new ConfiguredButNotYetRunnableChatEngine(properties.chatModel());
    }
}
