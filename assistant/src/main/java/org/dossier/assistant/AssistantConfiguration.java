package org.dossier.assistant;

import org.dossier.assistant.answer.AnswerService;
import org.dossier.assistant.retrieve.Highlighter;
import org.dossier.assistant.retrieve.Retriever;
import org.dossier.assistant.status.StatusService;
import org.dossier.engine.ChatEngine;
import org.dossier.engine.DossierProperties;
import org.dossier.indexer.catalog.Catalog;
import org.dossier.indexer.index.PassageIndex;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssistantProperties.class)
class AssistantConfiguration {

    @Bean
    Retriever retriever(PassageIndex index, Catalog catalog, AssistantProperties properties) {
        return new Retriever(index, catalog, new Highlighter(index.analyzer(), properties.snippetChars()));
    }

    @Bean
    AnswerService answerService(Retriever retriever, ChatEngine chatEngine, PassageIndex index,
                                AssistantProperties properties) {
        return new AnswerService(retriever, chatEngine, index, properties);
    }

    @Bean
    StatusService statusService(Catalog catalog, PassageIndex index, ChatEngine chatEngine, DossierProperties dossier) {
        return new StatusService(catalog, index, chatEngine, dossier);
    }
}
