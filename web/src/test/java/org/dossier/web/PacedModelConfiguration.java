package org.dossier.web;

import java.time.Duration;

import org.dossier.assistant.answer.PacedChatEngine;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A model that writes {@link ScriptedModelServerTest#REPLY} word by word, in place of the configured one. */
@TestConfiguration(proxyBeanMethods = false)
class PacedModelConfiguration {

    @Bean
    @Primary
    PacedChatEngine pacedChatEngine() {
        return new PacedChatEngine(ScriptedModelServerTest.REPLY, Duration.ofMillis(20));
    }
}
