package org.dossier.engine.openai;

import java.net.Proxy;

import org.dossier.engine.LoopbackPolicy;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.OpenAiEmbeddingModel;
import org.springframework.ai.openai.OpenAiEmbeddingOptions;

/**
 * Builds Spring AI's OpenAI clients from Dossier's settings, and only from them: every value the client would
 * otherwise take from the environment (OPENAI_BASE_URL, OPENAI_API_KEY — which could point at the cloud) is given.
 */
final class OpenAiClients {

    private OpenAiClients() {
    }

    static OpenAiChatOptions chatOptions(OpenAiCompatibleSettings settings) {
        requireLoopback(settings);
        return OpenAiChatOptions.builder()
                .baseUrl(settings.baseUrl().toString())
                .apiKey(settings.apiKey())
                .model(settings.model())
                .timeout(settings.timeout())
                // A retry after a half-streamed reply would send the first tokens twice; a local server that
                // failed once is not going to be saved by asking again at once.
                .maxRetries(0)
                // Straight to the loopback address, even where a system-wide HTTP proxy is configured.
                .proxy(Proxy.NO_PROXY)
                .streamUsage(true)
                .extraBody(settings.extraBody().isEmpty() ? null : settings.extraBody())
                .build();
    }

    static OpenAiChatModel chatModel(OpenAiCompatibleSettings settings) {
        return OpenAiChatModel.builder().options(chatOptions(settings)).build();
    }

    static OpenAiEmbeddingModel embeddingModel(OpenAiCompatibleSettings settings) {
        requireLoopback(settings);
        OpenAiEmbeddingOptions options = OpenAiEmbeddingOptions.builder()
                .baseUrl(settings.baseUrl().toString())
                .apiKey(settings.apiKey())
                .model(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .proxy(Proxy.NO_PROXY)
                // Plain floats: not every local server decodes base64 vectors the same way.
                .encodingFormat(OpenAiEmbeddingOptions.EncodingFormat.FLOAT)
                .build();
        return OpenAiEmbeddingModel.builder().options(options).build();
    }

    /** Checked again where the client is made, so no path around the settings record reaches the network. */
    private static void requireLoopback(OpenAiCompatibleSettings settings) {
        LoopbackPolicy.requireLoopbackUri(settings.baseUrlSetting(), settings.baseUrl());
    }
}
