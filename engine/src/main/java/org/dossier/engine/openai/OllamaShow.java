package org.dossier.engine.openai;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.dossier.engine.ContextProbe;
import org.dossier.engine.ServedContext;
import org.dossier.engine.internal.LoopbackHttp;
import org.jspecify.annotations.Nullable;

/**
 * What an Ollama really serves a model with. Its OpenAI-compatible API takes no context size, so three things
 * decide it: a loaded model's {@code context_length} in {@code GET /api/ps} (the truth, once loaded); else the
 * model's own {@code num_ctx} parameter from {@code POST /api/show}, or the setting (README: start Ollama with
 * {@code OLLAMA_CONTEXT_LENGTH} as large); both capped at the training context {@code model_info."<arch>
 * .context_length"}. Ollama cuts an overlong prompt from the front without a word, so sizing to this matters more
 * than with llama-server, which refuses one.
 */
public final class OllamaShow implements ContextProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern NUM_CTX = Pattern.compile("(?m)^\\s*num_ctx\\s+(\\d+)\\s*$");

    private final String setting;
    private final URI root;
    private final String model;
    private final @Nullable String apiKey;

    public OllamaShow(String setting, URI baseUrl, String model, @Nullable String apiKey) {
        this.setting = setting;
        this.root = ServerRoot.of(baseUrl);
        this.model = model;
        this.apiKey = apiKey;
    }

    @Override
    public Optional<ServedContext> read(int configured) throws IOException, InterruptedException {
        try (LoopbackHttp http = new LoopbackHttp(setting, Duration.ofSeconds(2))) {
            LoopbackHttp.Reply reply = http.post(root.resolve("/api/show"), apiKey, Map.of("model", model), TIMEOUT);
            if (!reply.ok()) {
                return Optional.empty();
            }
            Show show = reply.json(Show.class);
            long trained = show.trainedContext();
            long loaded = loadedContext(http);
            if (loaded > 0) {
                return Optional.of(served(configured, (int) loaded, "Ollama /api/ps", loaded == trained
                        ? "the model was trained for " + trained + " tokens" : "Ollama loaded " + model + " with "
                        + loaded + " tokens of context (OLLAMA_CONTEXT_LENGTH, or num_ctx in its Modelfile)"));
            }
            Matcher numCtx = NUM_CTX.matcher(show.parameters() == null ? "" : show.parameters());
            long wanted = numCtx.find() ? Long.parseLong(numCtx.group(1)) : configured;
            if (trained > 0 && trained < wanted) {
                return Optional.of(served(configured, (int) trained, "Ollama /api/show", "the model was trained for "
                        + trained + " tokens (model_info) — set dossier.engine.context-size to " + trained
                        + " or less"));
            }
            return Optional.of(served(configured, (int) wanted, "Ollama /api/show", "the model's num_ctx parameter "
                    + "in Ollama is " + wanted + " — set dossier.engine.context-size to match, or change num_ctx"));
        }
    }

    private static ServedContext served(int configured, int served, String source, String why) {
        return new ServedContext(configured, served, source, served == configured ? null : why);
    }

    /** The context of this model if Ollama has it loaded now, else 0; an older Ollama does not report it. */
    private long loadedContext(LoopbackHttp http) throws IOException, InterruptedException {
        LoopbackHttp.Reply reply = http.read(root.resolve("/api/ps"), apiKey, TIMEOUT);
        if (!reply.ok()) {
            return 0;
        }
        Running running = reply.json(Running.class);
        return running.models() == null ? 0 : running.models().stream()
                .filter(loaded -> model.equals(loaded.name()) || model.equals(loaded.model()))
                .mapToLong(RunningModel::contextLength).max().orElse(0);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Show(@Nullable String parameters, @JsonProperty("model_info") @Nullable Map<String, Object> modelInfo) {

        /** {@code <general.architecture>.context_length}, or 0 when not given. */
        long trainedContext() {
            if (modelInfo == null || !(modelInfo.get("general.architecture") instanceof String architecture)) {
                return 0;
            }
            return modelInfo.get(architecture + ".context_length") instanceof Number length ? length.longValue() : 0;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Running(@Nullable List<RunningModel> models) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RunningModel(@Nullable String name, @Nullable String model,
                        @JsonProperty("context_length") long contextLength) {
    }
}
