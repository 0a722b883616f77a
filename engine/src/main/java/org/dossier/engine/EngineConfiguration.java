package org.dossier.engine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DossierProperties.class, EngineProperties.class})
class EngineConfiguration {

    @Bean
    ChatEngine chatEngine(EngineProperties properties) {
        return properties.chatModel() == null
                ? new UnconfiguredChatEngine()
                : new ConfiguredButNotYetRunnableChatEngine(properties.chatModel());
    }
}
