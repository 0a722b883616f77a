package org.dossier.engine;

import java.net.URI;
import java.nio.file.Files;
import java.util.Optional;

import org.dossier.engine.embedding.BundledEmbeddings;
import org.dossier.engine.llamacpp.InProcessLlamaEmbeddings;
import org.dossier.engine.llamacpp.InProcessLlamaEngine;
import org.dossier.engine.llamacpp.InProcessSettings;
import org.dossier.engine.models.ChatModelPin;
import org.dossier.engine.models.ModelDigests;
import org.dossier.engine.openai.LlamaServerProps;
import org.dossier.engine.openai.LocalServerPreset;
import org.dossier.engine.openai.OllamaShow;
import org.dossier.engine.openai.OpenAiCompatibleChatEngine;
import org.dossier.engine.openai.OpenAiCompatibleEmbeddings;
import org.dossier.engine.openai.OpenAiCompatibleSettings;
import org.dossier.engine.rerank.RerankClient;
import org.dossier.engine.server.LlamaServerChatEngine;
import org.dossier.engine.server.LlamaServerEmbeddings;
import org.dossier.engine.server.LlamaServerReranker;
import org.dossier.engine.server.LlamaServerSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Chooses the chat runtime, the embedding model and the reranker, if any, from {@link EngineProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DossierProperties.class, EngineProperties.class})
class EngineConfiguration {

    @Bean
    LocalModels localModels(EngineProperties engine, DossierProperties dossier) {
        return LocalModels.forThisMachine(engine, dossier);
    }

    @Bean
    ModelBenchmarks modelBenchmarks(EngineProperties engine, DossierProperties dossier) {
        return new ModelBenchmarks(engine, dossier);
    }

    @Bean
    ChatEngine chatEngine(EngineProperties engine, DossierProperties dossier) {
        Optional<String> refusal = pinRefusal(engine, dossier);
        if (refusal.isPresent()) {
            return new RefusedChatEngine(refusal.get());
        }
        return switch (engine.runtime()) {
            case NONE -> new UnconfiguredChatEngine();
            case LLAMA_SERVER -> {
                LlamaServerChatEngine chat = LlamaServerChatEngine.start(LlamaServerSettings.chat(
                        required(engine.chatModel(), "dossier.engine.chat-model"), engine));
                yield new ContextSizedChatEngine(chat, engine.contextSize(), chat.contextProbe());
            }
            case OLLAMA -> external(engine, LocalServerPreset.OLLAMA);
            case LM_STUDIO -> external(engine, LocalServerPreset.LM_STUDIO);
            case OPENAI_COMPATIBLE -> external(engine, null);
            case IN_PROCESS -> {
                LlamaNatives.unpackInto(dossier);
                yield InProcessLlamaEngine.start(InProcessSettings.of(required(engine.chatModel(),
                        "dossier.engine.chat-model"), engine));
            }
        };
    }

    /** Absent when embeddings are off; created on first use, so commands that never embed never load a model. */
    @Bean
    @Lazy
    @ConditionalOnExpression("'${dossier.engine.embedding:bundled}'.toLowerCase() != 'none'")
    EmbeddingEngine embeddingEngine(EngineProperties engine, DossierProperties dossier) {
        return switch (engine.embedding()) {
            case BUNDLED -> new BundledEmbeddings(EmbeddingPreload.bundledModelCache(dossier));
            case NONE -> throw new IllegalStateException("embeddings are off: this bean is not created");
            case LLAMA_SERVER -> LlamaServerEmbeddings.start(LlamaServerSettings.embeddings(
                    required(engine.embeddingModel(), "dossier.engine.embedding-model")).withBinary(engine.llamaServer())
                    .withPooling(engine.embeddingPooling()));
            case IN_PROCESS -> {
                LlamaNatives.unpackInto(dossier);
                yield InProcessLlamaEmbeddings.start(InProcessSettings.of(required(engine.embeddingModel(),
                        "dossier.engine.embedding-model"), engine));
            }
            case SERVER -> new OpenAiCompatibleEmbeddings(OpenAiCompatibleSettings.of(baseUrl(engine, null),
                    required(engine.embeddingModelName(), "dossier.engine.embedding-model-name"))
                    .withApiKey(engine.apiKey()));
        };
    }

    /** Absent unless one is configured: then nothing is started, and searches keep their fused order. */
    @Bean
    @Conditional(RerankerConfigured.class)
    Reranker reranker(EngineProperties engine) {
        if (engine.rerankerModel() != null && engine.rerankerBaseUrl() != null) {
            throw new IllegalStateException("dossier.engine.reranker-model and dossier.engine.reranker-base-url are "
                    + "both set — keep one: a reranker GGUF that Dossier serves, or the URL of a server you run");
        }
        if (engine.rerankerModel() != null) {
            return LlamaServerReranker.start(LlamaServerSettings.reranking(engine.rerankerModel())
                    .withBinary(engine.llamaServer()));
        }
        return new RerankClient("dossier.engine.reranker-base-url", engine.rerankerBaseUrl(), engine.apiKey(),
                required(engine.rerankerModelName(), "dossier.engine.reranker-model-name"),
                RerankClient.DEFAULT_TIMEOUT);
    }

    /** Either reranker setting has a value (an expression would break on a path with a quote in it). */
    static final class RerankerConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("dossier.engine.reranker-model"))
                    || StringUtils.hasText(context.getEnvironment().getProperty("dossier.engine.reranker-base-url"));
        }
    }

    /**
     * A pinned chat model file that no longer matches its pin is not run. Hashing a large model takes a while the
     * first time; after that its digest comes from the data directory's cache.
     */
    private static Optional<String> pinRefusal(EngineProperties engine, DossierProperties dossier) {
        if (engine.chatModelSha256() == null || engine.chatModel() == null
                || !Files.isRegularFile(engine.chatModel())) {
            return Optional.empty(); // a missing file is reported by the runtime, with what to do
        }
        return ChatModelPin.refusal(engine.chatModel(), engine.chatModelSha256(),
                ModelDigests.inDataDirectory(dossier.dataDir()));
    }

    private static ChatEngine external(EngineProperties engine, LocalServerPreset preset) {
        OpenAiCompatibleSettings settings = OpenAiCompatibleSettings.of(baseUrl(engine, preset),
                required(engine.model(), "dossier.engine.model")).withApiKey(engine.apiKey());
        // Ollama says what it serves through its own API; any other server may be a llama-server the user runs.
        ContextProbe probe = preset == LocalServerPreset.OLLAMA
                ? new OllamaShow(settings.baseUrlSetting(), settings.baseUrl(), settings.model(), settings.apiKey())
                : new LlamaServerProps(settings.baseUrlSetting(), settings::baseUrl, settings::apiKey);
        return new ContextSizedChatEngine(new OpenAiCompatibleChatEngine(settings), engine.contextSize(), probe);
    }

    private static URI baseUrl(EngineProperties engine, LocalServerPreset preset) {
        if (engine.baseUrl() != null) {
            return engine.baseUrl();
        }
        if (preset == null) {
            throw new IllegalStateException("dossier.engine.base-url is empty — set it to the server's /v1 URL on "
                    + "127.0.0.1, e.g. " + LocalServerPreset.OLLAMA.baseUrl());
        }
        return preset.baseUrl();
    }

    private static <T> T required(T value, String setting) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalStateException(setting + " is empty — the configured runtime needs it (see README, "
                    + "'Bring a model')");
        }
        return value;
    }
}
