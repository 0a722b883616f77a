package org.dossier.engine.llamacpp;

import java.util.List;
import java.util.stream.Collectors;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.Pair;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.ChatRequest.ChatMessage.Role;

/**
 * Turns a chat into the prompt text the model was trained on, with the chat template stored in its GGUF
 * ({@code tokenizer.chat_template}), rendered by llama.cpp's Jinja engine; a model without one, or with one that
 * engine cannot parse, gets ChatML (llama.cpp falls back by itself).
 * The binding takes one system message, so several are joined.
 */
final class ChatPrompt {

    private ChatPrompt() {
    }

    static String render(LlamaModel model, ChatRequest request) {
        String system = request.messages().stream()
                .filter(message -> message.role() == Role.SYSTEM)
                .map(ChatMessage::content)
                .collect(Collectors.joining("\n\n"));
        List<Pair<String, String>> turns = request.messages().stream()
                .filter(message -> message.role() != Role.SYSTEM)
                .map(message -> new Pair<>(message.role() == Role.USER ? "user" : "assistant", message.content()))
                .toList();
        InferenceParameters parameters = new InferenceParameters("").setMessages(system.isEmpty() ? null : system, turns);
        return model.applyTemplate(parameters);
    }
}
