package org.dossier.assistant.answer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.ChatRequest.ChatMessage;

/**
 * A short request to the chat model whose reply is one line (the follow-up rewritten, the second round's search
 * query): asked at temperature 0, and read as the reply's first line without the label a model likes to put before
 * it ("Search query: …") or the quotes and asterisks it dresses it in.
 */
public final class OneLineReply {

    private static final Duration LONGEST_REPLY = Duration.ofMinutes(2);
    private static final Pattern WRAPPING = Pattern.compile("^[\"'“”`*\\s]+|[\"'“”`*\\s]+$");

    private OneLineReply() {
    }

    /** The model's whole reply to the prompt, waited for at most two minutes. */
    public static String ask(ChatEngine engine, String prompt, int maxTokens) throws InterruptedException {
        ChatRequest request = new ChatRequest(List.of(ChatMessage.user(prompt)), maxTokens, List.of(), 0.0);
        return engine.generate(request, text -> { }).await(LONGEST_REPLY).text();
    }

    /** The reply's first line that is not blank, unwrapped, without the label; empty for a blank reply. */
    public static Optional<String> firstLine(String reply, Pattern label) {
        return reply.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .map(line -> unwrapped(label.matcher(unwrapped(line)).replaceFirst("")));
    }

    private static String unwrapped(String line) {
        return WRAPPING.matcher(line).replaceAll("");
    }
}
