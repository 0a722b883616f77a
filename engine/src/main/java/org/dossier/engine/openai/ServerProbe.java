package org.dossier.engine.openai;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import org.dossier.engine.ModelStatus;
import org.dossier.engine.ModelStatus.State;
import org.dossier.engine.internal.LoopbackHttp;

/**
 * Asks a server for its model list ({@code GET /v1/models}), which every OpenAI-compatible server answers cheaply,
 * to tell "ready" from "not running" and "wrong key" before anyone waits for an answer.
 */
final class ServerProbe {

    private ServerProbe() {
    }

    static ModelStatus check(OpenAiCompatibleSettings settings) {
        URI models = LoopbackHttp.under(settings.baseUrl(), "models");
        try (LoopbackHttp http = new LoopbackHttp(settings.baseUrlSetting(), Duration.ofSeconds(2))) {
            int code = http.get(models, settings.apiKey(), Duration.ofSeconds(5));
            return switch (code) {
                case 200 -> new ModelStatus(State.READY, "model " + settings.model() + " at " + settings.baseUrl());
                case 401, 403 -> new ModelStatus(State.FAILED, settings.baseUrl() + " refused the API key (HTTP "
                        + code + ") — set dossier.engine.api-key to the server's key");
                default -> new ModelStatus(State.FAILED, settings.baseUrl() + " answered HTTP " + code
                        + " to /models — check that " + settings.baseUrlSetting() + " ends in /v1");
            };
        } catch (IOException e) {
            return new ModelStatus(State.FAILED, "nothing answers at " + settings.baseUrl() + " (" + e
                    .getClass().getSimpleName() + ") — start the server (e.g. `ollama serve`) or fix "
                    + settings.baseUrlSetting());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ModelStatus(State.FAILED, "interrupted while checking " + settings.baseUrl());
        }
    }
}
