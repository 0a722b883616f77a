package org.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.engine.openai.RecordingListener;
import org.dossier.engine.server.LlamaServerChatEngine;
import org.dossier.engine.server.LlamaServerSettings;
import org.dossier.engine.server.StandInBinary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prompts are sized to the context the server really serves. The stand-in llama-server caps each slot at the
 * model's training context and refuses a prompt that does not fit, with the real server's message — the failure
 * that "dossier ask" met with a model trained for 2,048 tokens and {@code -c 8192}.
 */
class ServedContextTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    @Test
    void aServerThatCapsItsSlotAtTheTrainingContextSizesEveryPromptToIt() throws Exception {
        // given a model trained for 512 tokens and a setting of 8,192
        Path model = TinyLlamaGguf.write(directory.resolve("short-trained.gguf"));
        LlamaServerChatEngine server = LlamaServerChatEngine.start(LlamaServerSettings.chat(model)
                .withBinary(StandInBinary.writeTo(directory)));
        try (var engine = new ContextSizedChatEngine(server, 8192, server.contextProbe())) {
            assertThat(engine.contextTokens()).as("before the server says, the setting").isEqualTo(8192);
            assertThat(engine.awaitReady(WAIT).ready()).as(engine.status().detail()).isTrue();

            // when
            ServedContext served = engine.servedContext();

            // then
            assertThat(engine.contextTokens()).isEqualTo(512);
            assertThat(served).extracting(ServedContext::configured, ServedContext::served, ServedContext::source)
                    .containsExactly(8192, 512, "llama-server /props");
            assertThat(served.differs()).isTrue();
            assertThat(served.why()).contains("trained for 512 tokens", "dossier.engine.context-size");

            // a prompt sized to the setting is refused as the real server refuses it; one sized to what is served fits
            RecordingListener sizedToSetting = generate(engine, 8192 - 1024);
            assertThat(sizedToSetting.errors).singleElement().asString()
                    .contains("exceeds the available context size (512 tokens)");
            RecordingListener sizedToServer = generate(engine, engine.contextTokens() - 64);
            assertThat(sizedToServer.errors).isEmpty();
            assertThat(sizedToServer.completions).hasSize(1);
        }
    }

    @Test
    void aSettingWithinTheTrainingContextIsServedAsSetInOneSlot() throws Exception {
        Path model = TinyLlamaGguf.write(directory.resolve("short-trained.gguf"));
        LlamaServerChatEngine server = LlamaServerChatEngine.start(LlamaServerSettings.chat(model,
                new EngineProperties(null, model, null, null, null, StandInBinary.writeTo(directory), 256, 1, 0,
                        null, null, null, null, null, null, null, null, null, null)));
        try (var engine = new ContextSizedChatEngine(server, 256, server.contextProbe())) {
            assertThat(engine.awaitReady(WAIT).ready()).as(engine.status().detail()).isTrue();

            // with --parallel 1 the one slot has all of -c (-np 4 without a unified cache would leave a quarter)
            assertThat(engine.servedContext()).isEqualTo(new ServedContext(256, 256, "llama-server /props", null));
        }
    }

    /** A prompt of as many words (the stand-in's tokens) as given, then waits for it to end. */
    private static RecordingListener generate(ChatEngine engine, int words) throws Exception {
        RecordingListener listener = new RecordingListener();
        String prompt = String.join(" ", Collections.nCopies(words, "word"));
        GenerationHandle handle = engine.generate(new ChatRequest(List.of(ChatMessage.user(prompt)), 16,
                List.of(), 0), listener);
        try {
            handle.await(WAIT);
        } catch (Exception ended) {
            // the listener holds the outcome
        }
        return listener;
    }
}
