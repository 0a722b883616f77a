package org.dossier.engine.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.dossier.engine.LoopbackPolicy;

/**
 * How to reach an OpenAI-compatible server. The base URL is checked against the loopback rule here, so a setting
 * that points off this machine is refused at start-up, before any connection is tried.
 *
 * @param baseUrlSetting the setting the base URL came from, named in error messages
 * @param baseUrl        up to and including {@code /v1}, e.g. {@code http://127.0.0.1:11434/v1}
 * @param apiKey         sent as a bearer token; local servers mostly ignore it, but the client needs a value
 * @param model          the model name the server knows (Ollama: {@code llama3.2:3b}; llama-server: any)
 * @param timeout        the longest one whole request may take, streamed reply included: the client applies it
 *                       to the call as a whole, not to each read, so it must allow for a long reply on a CPU
 * @param extraBody      request fields beyond the OpenAI schema, e.g. llama-server's {@code cache_prompt}
 */
public record OpenAiCompatibleSettings(String baseUrlSetting, URI baseUrl, String apiKey, String model,
                                       Duration timeout, Map<String, Object> extraBody) {

    public static final String BASE_URL_SETTING = "dossier.engine.base-url";

    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    public OpenAiCompatibleSettings {
        if (baseUrl == null) {
            throw new IllegalArgumentException(baseUrlSetting + " is empty — set it to e.g. "
                    + LocalServerPreset.OLLAMA.baseUrl());
        }
        LoopbackPolicy.requireLoopbackUri(baseUrlSetting, baseUrl);
        if (!"http".equalsIgnoreCase(baseUrl.getScheme()) && !"https".equalsIgnoreCase(baseUrl.getScheme())) {
            throw new IllegalArgumentException(baseUrlSetting + "=" + baseUrl + " is not an http URL — set it to e.g. "
                    + LocalServerPreset.OLLAMA.baseUrl());
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("no model name for " + baseUrl
                    + " — set dossier.engine.model to a model the server has (e.g. `ollama list`)");
        }
        // The client refuses an empty key, and a null one makes it read OPENAI_API_KEY from the environment.
        apiKey = apiKey == null || apiKey.isBlank() ? "dossier-local" : apiKey;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        extraBody = extraBody == null ? Map.of() : Map.copyOf(extraBody);
    }

    public static OpenAiCompatibleSettings of(LocalServerPreset preset, String model) {
        return new OpenAiCompatibleSettings(BASE_URL_SETTING, preset.baseUrl(), null, model, null, null);
    }

    public static OpenAiCompatibleSettings of(URI baseUrl, String model) {
        return new OpenAiCompatibleSettings(BASE_URL_SETTING, baseUrl, null, model, null, null);
    }

    public OpenAiCompatibleSettings withApiKey(String key) {
        return new OpenAiCompatibleSettings(baseUrlSetting, baseUrl, key, model, timeout, extraBody);
    }

    public OpenAiCompatibleSettings withTimeout(Duration newTimeout) {
        return new OpenAiCompatibleSettings(baseUrlSetting, baseUrl, apiKey, model, newTimeout, extraBody);
    }

    public OpenAiCompatibleSettings withExtraBody(Map<String, Object> fields) {
        return new OpenAiCompatibleSettings(baseUrlSetting, baseUrl, apiKey, model, timeout, fields);
    }
}
