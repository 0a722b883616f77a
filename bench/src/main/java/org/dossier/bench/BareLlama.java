package org.dossier.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.ChatRequest.ChatMessage.Role;

/**
 * The baseline: {@code de.kherud:llama} called directly, as a program without Dossier would, with the model
 * parameters Dossier's in-process engine loads with ({@code InProcessLlamaEngine.parameters}) and the same sampling
 * it asks for, so that the comparison shows only what Dossier's seam adds: its generation thread, the listener,
 * rendering and counting the prompt.
 */
final class BareLlama implements AutoCloseable {

    private final LlamaModel model;

    BareLlama(Path gguf, int contextSize, int threads) {
        this.model = new LlamaModel(new ModelParameters()
                .setModel(gguf.toString())
                .setCtxSize(contextSize)
                .setThreads(threads)
                .enableJinja()
                .disableLog()); // as the engine does: the server log would go to stdout, among the tables
    }

    /**
     * The prompt text Dossier's engine builds for a chat ({@code llamacpp.ChatPrompt}, package-private there, so
     * redone here): system messages joined into one, the turns rendered by llama.cpp with the GGUF's template, or
     * ChatML for a model without one. The benchmark checks that both sides end up with the same prompt.
     */
    String render(ChatRequest request) {
        String system = request.messages().stream()
                .filter(message -> message.role() == Role.SYSTEM)
                .map(ChatMessage::content)
                .collect(Collectors.joining("\n\n"));
        List<Pair<String, String>> turns = request.messages().stream()
                .filter(message -> message.role() != Role.SYSTEM)
                .map(message -> new Pair<>(message.role() == Role.USER ? "user" : "assistant", message.content()))
                .toList();
        return model.applyTemplate(new InferenceParameters("").setMessages(system.isEmpty() ? null : system, turns));
    }

    int[] encode(String text) {
        return model.encode(text);
    }

    /**
     * Generates from a prompt already rendered: a caller of the bare API renders it once, and the time of that is
     * part of what the seam adds. Greedy, as the seam asks for temperature 0.
     */
    TimedGeneration generate(String prompt, int maxTokens) {
        InferenceParameters parameters = new InferenceParameters(prompt)
                .setNPredict(maxTokens)
                .setTemperature(0f);
        StringBuilder text = new StringBuilder();
        int tokens = 0;
        long firstToken = 0;
        long started = System.nanoTime();
        LlamaIterator outputs = model.generate(parameters).iterator();
        while (outputs.hasNext()) {
            LlamaOutput output = outputs.next();
            text.append(output.text);
            if (outputs.hasNext()) {
                // Every output but the last is one token; the last one closes the task and, streaming, carries no
                // new token: counted as the seam counts, so both sides give the same number for the same text.
                tokens++;
                if (firstToken == 0) {
                    firstToken = System.nanoTime();
                }
            }
        }
        long ended = System.nanoTime();
        if (firstToken == 0) {
            firstToken = ended;
        }
        return new TimedGeneration(Duration.ofNanos(firstToken - started), Duration.ofNanos(ended - started), tokens,
                text.toString());
    }

    @Override
    public void close() {
        model.close();
    }
}
