package org.dossier.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.dossier.engine.LoopbackPolicy.NonLoopbackAddressException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiCompatibleSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://192.168.1.5:11434/v1", "http://example.org/v1", "https://api.openai.com/v1",
            "http://0.0.0.0:8080/v1", "http://10.0.0.7:1234/v1"})
    void anEndpointOffThisMachineIsRefusedBeforeAnyClientExists(String url) {
        assertThatThrownBy(() -> new OpenAiCompatibleChatEngine(OpenAiCompatibleSettings.of(URI.create(url), "m")))
                .isInstanceOf(NonLoopbackAddressException.class)
                .hasMessageContaining(OpenAiCompatibleSettings.BASE_URL_SETTING);
        assertThatThrownBy(() -> new OpenAiCompatibleEmbeddings(OpenAiCompatibleSettings.of(URI.create(url), "m")))
                .isInstanceOf(NonLoopbackAddressException.class);
    }

    @ParameterizedTest
    @EnumSource(LocalServerPreset.class)
    void everyPresetIsOnLoopbackAndEndsInV1(LocalServerPreset preset) {
        OpenAiCompatibleSettings settings = OpenAiCompatibleSettings.of(preset, "m");

        assertThat(settings.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(settings.baseUrl().getPath()).isEqualTo("/v1");
    }

    @org.junit.jupiter.api.Test
    void aMissingApiKeyBecomesAPlaceholderSoTheClientNeverReadsOneFromTheEnvironment() {
        assertThat(OpenAiCompatibleSettings.of(LocalServerPreset.OLLAMA, "m").apiKey()).isNotBlank();
    }
}
