package org.dossier.engine.openai;

import java.net.Proxy;
import java.util.List;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.LoopbackPolicy;
import org.dossier.engine.ModelStatus;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/**
 * Chat through a server on this machine that speaks OpenAI's chat-completions API. The server is the user's, so
 * the status is first found by asking the server (see {@link #checkServer()}), then follows what the last request
 * found: a failed one turns it FAILED with what to do, the next successful reply turns it READY again.
 */
public final class OpenAiCompatibleChatEngine implements ChatEngine {

    private final OpenAiCompatibleSettings settings;
    private final OpenAiChatOptions defaults;
    private final OpenAiChatModel chatModel;
    private volatile ModelStatus status;

    public OpenAiCompatibleChatEngine(OpenAiCompatibleSettings settings) {
        this.settings = settings;
        this.defaults = options(settings);
        this.chatModel = OpenAiChatModel.builder().options(defaults).build();
    }

    @Override
    public ModelStatus status() {
        ModelStatus current = status;
        return current != null ? current : checkServer();
    }

    /** Asks the server whether it is there and takes our key; the status says what it found. */
    public ModelStatus checkServer() {
        ModelStatus found = ServerProbe.check(settings);
        status = found;
        return found;
    }

    @Override
    public GenerationHandle generate(ChatRequest request, GenerationListener listener) {
        OpenAiChatOptions options = defaults.mutate()
                .maxTokens(request.maxTokens())
                .temperature(request.temperature())
                .stop(request.stopSequences().isEmpty() ? null : request.stopSequences())
                .build();
        Prompt prompt = new Prompt(toMessages(request.messages()), options);
        return StreamingGeneration.start(chatModel.stream(prompt), keepingStatus(listener),
                settings.baseUrl().toString());
    }

    /**
     * The status follows how each reply ended, and is set before the caller's listener hears of it, so whoever
     * waits for the result sees the status it left.
     */
    private GenerationListener keepingStatus(GenerationListener listener) {
        return new GenerationListener() {
            @Override
            public void onToken(String text) {
                listener.onToken(text);
            }

            @Override
            public void onComplete(GenerationResult result) {
                status = new ModelStatus(ModelStatus.State.READY, describe());
                listener.onComplete(result);
            }

            @Override
            public void onError(Throwable error) {
                status = new ModelStatus(ModelStatus.State.FAILED, error.getMessage()
                        + " — is the server running? Check " + settings.baseUrlSetting());
                listener.onError(error);
            }
        };
    }

    /**
     * Spring AI's OpenAI client options from Dossier's settings, and only from them: every value the client would
     * otherwise take from the environment (OPENAI_BASE_URL, OPENAI_API_KEY — which could point at the cloud) is given.
     */
    static OpenAiChatOptions options(OpenAiCompatibleSettings settings) {
        // Checked again where the client is made, so no path around the settings record reaches the network.
        LoopbackPolicy.requireLoopbackUri(settings.baseUrlSetting(), settings.baseUrl());
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

    private String describe() {
        return "model " + settings.model() + " at " + settings.baseUrl();
    }

    private static List<Message> toMessages(List<ChatMessage> messages) {
        return messages.stream().<Message>map(message -> switch (message.role()) {
            case SYSTEM -> new SystemMessage(message.content());
            case USER -> new UserMessage(message.content());
            case ASSISTANT -> new AssistantMessage(message.content());
        }).toList();
    }
}
