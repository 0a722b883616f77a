package org.dossier.assistant.answer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.ModelStatus;

/**
 * A deterministic stand-in for a chat model, for tests about what surrounds the model (prompt budget, citation
 * checks, follow-up rewriting): it replies with scripted texts in turn (the last one again once they run out),
 * streamed word by word, counts one token per word, and keeps the requests it got.
 */
public final class ScriptedChatEngine implements ChatEngine {

    private final Deque<String> replies;
    private final int contextTokens;
    public final List<ChatRequest> requests = new ArrayList<>();

    public ScriptedChatEngine(String reply, int contextTokens) {
        this(contextTokens, List.of(reply));
    }

    public ScriptedChatEngine(int contextTokens, List<String> replies) {
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("a scripted model needs at least one reply");
        }
        this.replies = new ConcurrentLinkedDeque<>(replies);
        this.contextTokens = contextTokens;
    }

    /** The text of the user message of each request, in order. */
    public List<String> prompts() {
        return requests.stream().map(request -> request.messages().getLast().content()).toList();
    }

    @Override
    public ModelStatus status() {
        return new ModelStatus(ModelStatus.State.READY, "scripted test model");
    }

    @Override
    public int contextTokens() {
        return contextTokens;
    }

    /** One token per word. */
    @Override
    public int[] countTokens(List<String> texts) {
        return texts.stream().mapToInt(text -> text.strip().isEmpty() ? 0 : text.strip().split("\\s+").length)
                .toArray();
    }

    @Override
    public GenerationHandle generate(ChatRequest request, GenerationListener listener) {
        requests.add(request);
        String reply = replies.size() > 1 ? replies.poll() : replies.peek();
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
