package org.dossier.engine.openai;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.dossier.engine.ContextProbe;
import org.dossier.engine.ServedContext;
import org.dossier.engine.internal.LoopbackHttp;
import org.jspecify.annotations.Nullable;

/**
 * What a llama-server really serves, from its own {@code GET /props}: {@code default_generation_settings.n_ctx} is
 * the context of one slot — {@code -c} divided among the slots (unless the KV cache is unified) and capped at the
 * model's training context — and {@code total_slots} how many there are; {@code GET /v1/models} adds the training
 * context ({@code data[].meta.n_ctx_train}) that explains a cap. A server that has no {@code /props} (LM Studio, a
 * hosted-style API) answers 404, and then nothing is known.
 */
public final class LlamaServerProps implements ContextProbe {

    static final String SOURCE = "llama-server /props";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String setting;
    private final Supplier<URI> baseUrl;
    private final Supplier<@Nullable String> apiKey;

    /**
     * @param setting names the address in a refusal
     * @param baseUrl the server's OpenAI-compatible URL ending in {@code /v1}, as it is now (a managed server can
     *                come back on another port)
     */
    public LlamaServerProps(String setting, Supplier<URI> baseUrl, Supplier<@Nullable String> apiKey) {
        this.setting = setting;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    @Override
    public Optional<ServedContext> read(int configured) throws IOException, InterruptedException {
        URI base = baseUrl.get();
        try (LoopbackHttp http = new LoopbackHttp(setting, Duration.ofSeconds(2))) {
            LoopbackHttp.Reply reply = http.read(ServerRoot.of(base).resolve("/props"), apiKey.get(), TIMEOUT);
            if (!reply.ok()) {
                return Optional.empty();
            }
            Props props = reply.json(Props.class);
            if (props.settings() == null || props.settings().nCtx() <= 0) {
                return Optional.empty();
            }
            int served = props.settings().nCtx();
            long trained = trainedContext(http, base);
            return Optional.of(new ServedContext(configured, served, SOURCE,
                    why(configured, served, props.totalSlots(), trained)));
        }
    }

    /** The training context from the model list, or 0 when the server does not give it. */
    private long trainedContext(LoopbackHttp http, URI base) throws IOException, InterruptedException {
        LoopbackHttp.Reply reply = http.read(LoopbackHttp.under(base, "models"), apiKey.get(), TIMEOUT);
        if (!reply.ok()) {
            return 0;
        }
        ModelList models = reply.json(ModelList.class);
        return models.data() == null ? 0 : models.data().stream()
                .filter(model -> model.meta() != null).mapToLong(model -> model.meta().nCtxTrain())
                .max().orElse(0);
    }

    static @Nullable String why(int configured, int served, int slots, long trained) {
        if (served == configured) {
            return null;
        }
        if (served < configured && trained > 0 && served >= trained) {
            return "the model was trained for " + trained + " tokens and llama-server caps each slot there — set "
                    + "dossier.engine.context-size to " + trained + " or less, or choose a model trained for more";
        }
        if (served < configured && slots > 1) {
            return "llama-server shares its context among " + slots + " slots — start it with --parallel 1, or "
                    + "with -c " + (long) configured * slots;
        }
        return "llama-server serves " + served + " tokens a request (" + slots + " slot" + (slots == 1 ? "" : "s")
                + "), not the " + configured + " of dossier.engine.context-size";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Props(@JsonProperty("default_generation_settings") @Nullable Settings settings,
                 @JsonProperty("total_slots") int totalSlots,
                 @JsonProperty("model_path") @Nullable String modelPath) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Settings(@JsonProperty("n_ctx") int nCtx) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ModelList(@Nullable List<Model> data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Model(@Nullable Meta meta) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meta(@JsonProperty("n_ctx_train") long nCtxTrain) {
    }
}
