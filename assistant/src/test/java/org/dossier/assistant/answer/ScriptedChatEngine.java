package org.dossier.assistant.answer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.ModelStatus;

/**
 * A deterministic stand-in for a chat model, for tests about what surrounds the model (prompt budget, citation
 * checks): it replies with a scripted text, streamed word by word, counts one token per word, and keeps the
 * requests it got.
 */
final class ScriptedChatEngine implements ChatEngine {

    private final String reply;
    private final int contextTokens;
    final List<ChatRequest> requests = new ArrayList<>();

    ScriptedChatEngine(String reply, int contextTokens) {
        this.reply = reply;
        this.contextTokens = contextTokens;
    }

    @Override
    public ModelStatus status() {
        return new ModelStatus(ModelStatus.State.READY, "scripted test model");
    }

    @Override
    public int contextTokens() {
        return contextTokens;
    }

    @Override
    public int countTokens(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    @Override
    public GenerationHandle generate(ChatRequest request, GenerationListener listener) {
        requests.add(request);
        String[] words = reply.split("(?<= )");
        for (String word : words) {
            listener.onToken(word);
        }
        GenerationResult result = new GenerationResult(reply, countTokens(request.messages().toString()),
                words.length, GenerationResult.StopReason.END_OF_TEXT);
        listener.onComplete(result);
        return new GenerationHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public GenerationResult await(Duration timeout) {
                return result;
            }
        };
    }
}
