package org.dossier.engine;

import java.util.List;

/**
 * A chat to continue. The runtime applies the model's own chat template to the messages.
 *
 * @param maxTokens     most tokens to generate
 * @param stopSequences text at which generation stops (not included in the reply)
 * @param temperature   0 for the most likely token each step
 */
public record ChatRequest(List<ChatMessage> messages, int maxTokens, List<String> stopSequences, double temperature) {

    public ChatRequest {
        if (messages == null || messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
        }
        messages = List.copyOf(messages);
        stopSequences = stopSequences == null ? List.of() : List.copyOf(stopSequences);
    }

    /** One message of a chat. */
    public record ChatMessage(Role role, String content) {

        public enum Role { SYSTEM, USER, ASSISTANT }

        public static ChatMessage system(String content) {
            return new ChatMessage(Role.SYSTEM, content);
        }

        public static ChatMessage user(String content) {
            return new ChatMessage(Role.USER, content);
        }
    }
}
