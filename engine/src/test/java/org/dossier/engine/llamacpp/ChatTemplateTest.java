package org.dossier.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dossier.engine.ChatRequest;
import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.gguf.TinyLlamaGguf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt is rendered with the template stored in the GGUF, whatever format it is; the token counts show it. */
class ChatTemplateTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ChatRequest HI = new ChatRequest(List.of(ChatMessage.user("Hi")), 2, List.of(), 0);

    @TempDir
    Path dir;

    @Test
    void aTemplateOfNoKnownFormatIsStillTheOneUsed() throws IOException, InterruptedException {
        Path model = TinyLlamaGguf.writeWithChatTemplate(dir.resolve("plain.gguf"),
                "User: {{ messages[0]['content'] }} Bot:");

        try (var engine = InProcessLlamaEngine.start(new InProcessSettings(model, 512, 1, 0))) {
            engine.awaitLoaded(WAIT);
            GenerationResult result = engine.generate(HI, text -> { }).await(WAIT);

            assertThat(result.promptTokens()).isEqualTo(engine.countTokens("User: Hi Bot:"));
        }
    }

    @Test
    void aTemplateLlamaCppCannotParseFallsBackToChatMl() throws IOException, InterruptedException {
        Path model = TinyLlamaGguf.writeWithChatTemplate(dir.resolve("broken.gguf"), "{% for %}");

        try (var engine = InProcessLlamaEngine.start(new InProcessSettings(model, 512, 1, 0))) {
            engine.awaitLoaded(WAIT);
            GenerationResult result = engine.generate(HI, text -> { }).await(WAIT);

            assertThat(result.promptTokens())
                    .isEqualTo(engine.countTokens("<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"));
        }
    }
}
