package org.dossier.engine.llamacpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.GenerationResult.StopReason;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.TokenEstimate;
import org.dossier.engine.gguf.TinyLlamaGguf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JNI path on a tiny model the test writes. Only calls proven safe on it are made: a native abort would
 * end the whole test JVM. Greedy decoding (temperature 0) makes the gibberish it writes repeatable.
 */
class InProcessLlamaEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<ChatMessage> CHAT = List.of(ChatMessage.system("Answer from the documents."),
            ChatMessage.user("When was the invoice paid?"));

    @TempDir
    static Path dir;
    static InProcessLlamaEngine engine;

    @BeforeAll
    static void loadTheTinyModel() throws IOException, InterruptedException {
        Path model = TinyLlamaGguf.write(dir.resolve("tiny.gguf"));
        engine = InProcessLlamaEngine.start(new InProcessSettings(model, 512, 2, 0));
        engine.awaitLoaded(WAIT);
    }

    @AfterAll
    static void unload() {
        engine.close();
    }

    @Test
    void theTinyModelLoadsAndSaysItIsReady() {
        assertThat(engine.status().state()).isEqualTo(ModelStatus.State.READY);
        assertThat(engine.status().detail()).contains("tiny.gguf", "llama", "build 4916");
    }

    @Test
    void aSettingAboveTheTrainedContextIsServedAtTheTrainedOneAndStatusSaysWhy() throws InterruptedException {
        try (var larger = InProcessLlamaEngine.start(new InProcessSettings(dir.resolve("tiny.gguf"), 2048, 1, 0))) {
            larger.awaitLoaded(WAIT);

            assertThat(larger.contextTokens()).isEqualTo(512);
            assertThat(larger.servedContext().configured()).isEqualTo(2048);
            assertThat(larger.servedContext().served()).isEqualTo(512);
            assertThat(larger.servedContext().why()).contains("trained for 512 tokens");
        }
        assertThat(engine.servedContext().differs()).isFalse();
    }

    @Test
    void streamsOnePieceForEachOfTheRequestedTokens() throws InterruptedException {
        // given
        Recorder recorder = new Recorder();

        // when
        GenerationResult result = engine.generate(new ChatRequest(CHAT, 12, List.of(), 0), recorder).await(WAIT);

        // then
        assertThat(recorder.pieces).hasSize(12);
        assertThat(result.generatedTokens()).isEqualTo(12);
        assertThat(result.reason()).isEqualTo(StopReason.MAX_TOKENS);
        assertThat(result.text()).isEqualTo(String.join("", recorder.pieces));
        assertThat(recorder.completed).containsExactly(result);
    }

    @Test
    void thePromptIsTheChatRenderedWithTheModelsOwnTemplate() throws InterruptedException {
        String chatMl = "<|im_start|>system\nAnswer from the documents.<|im_end|>\n"
                + "<|im_start|>user\nWhen was the invoice paid?<|im_end|>\n<|im_start|>assistant\n";

        GenerationResult result = engine.generate(new ChatRequest(CHAT, 1, List.of(), 0), new Recorder()).await(WAIT);

        assertThat(result.promptTokens()).isEqualTo(engine.countTokens(chatMl));
    }

    @Test
    void cancellingStopsTheModelMidStream() throws InterruptedException {
        // given a generation far longer than the test will wait for
        CountDownLatch fiveTokens = new CountDownLatch(5);
        AtomicReference<Thread> generatingThread = new AtomicReference<>();
        Recorder recorder = new Recorder() {
            @Override
            public void onToken(String text) {
                super.onToken(text);
                generatingThread.set(Thread.currentThread());
                fiveTokens.countDown();
            }
        };
        var handle = engine.generate(new ChatRequest(CHAT, 20_000, List.of(), 0), recorder);

        // when
        assertThat(fiveTokens.await(30, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        GenerationResult result = handle.await(WAIT);

        // then the result says so, and nothing more arrives: the native task really ended
        assertThat(result.reason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.generatedTokens()).isBetween(5, 19_999);
        int piecesAtCancel = recorder.pieces.size();
        Thread.sleep(200);
        assertThat(recorder.pieces).hasSize(piecesAtCancel);
        assertThat(generatingThread.get().getState()).isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING);
        // and the model is free for the next reply
        assertThat(engine.generate(new ChatRequest(CHAT, 3, List.of(), 0), new Recorder()).await(WAIT)
                .generatedTokens()).isEqualTo(3);
    }

    @Test
    void aStopSequenceEndsTheReplyBeforeIt() throws InterruptedException {
        // given the reply greedy decoding writes, and a stop sequence taken from its middle
        Recorder first = new Recorder();
        String whole = engine.generate(new ChatRequest(CHAT, 8, List.of(), 0), first).await(WAIT).text();
        String stop = first.pieces.get(3) + first.pieces.get(4);

        // when
        GenerationResult result = engine.generate(new ChatRequest(CHAT, 8, List.of(stop), 0), new Recorder())
                .await(WAIT);

        // then
        assertThat(result.reason()).isEqualTo(StopReason.STOP_SEQUENCE);
        assertThat(result.text()).isEqualTo(whole.substring(0, whole.indexOf(stop)));
        assertThat(result.generatedTokens()).isLessThan(8);
    }

    @Test
    void tokensAreCountedByTheModelsOwnTokenizer() {
        // the tiny vocabulary has no merges for these letters: one token per character, "▁" standing for a space
        // (and leading the text), while a conservative estimate would say 4
        assertThat(engine.countTokens("Hello world")).isEqualTo(12);
        // a character outside the vocabulary falls back to its UTF-8 bytes
        assertThat(engine.countTokens("é")).isEqualTo(3);
        assertThat(engine.countTokens("")).isZero();
    }

    @Test
    void countsManyTextsAtOnceExactlyAsOneByOne() {
        List<String> texts = java.util.Arrays.asList("Hello world", "é", "", null, "the model answer",
                "When was the invoice paid?");

        int[] counts = engine.countTokens(texts);

        assertThat(counts).containsExactly(texts.stream().mapToInt(engine::countTokens).toArray());
        assertThat(counts).startsWith(12, 3, 0, 0);
    }

    @Test
    void aCancelBeforeTheGenerationStartsEndsItWithoutTokens() throws InterruptedException {
        // given a long generation occupying the single generation thread
        var running = engine.generate(new ChatRequest(CHAT, 20_000, List.of(), 0), new Recorder());
        var queued = engine.generate(new ChatRequest(CHAT, 5, List.of(), 0), new Recorder());

        // when
        queued.cancel();
        running.cancel();

        // then
        GenerationResult result = queued.await(WAIT);
        assertThat(result.reason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.generatedTokens()).isZero();
        assertThat(running.await(WAIT).reason()).isEqualTo(StopReason.CANCELLED);
    }

    @Test
    void closingDuringAGenerationCancelsItAndOnlyThenFreesTheModel() throws Exception {
        // given a second engine in the middle of a long reply
        try (var closing = InProcessLlamaEngine.start(new InProcessSettings(dir.resolve("tiny.gguf"), 512, 1, 0))) {
            closing.awaitLoaded(WAIT);
            CountDownLatch started = new CountDownLatch(1);
            var handle = closing.generate(new ChatRequest(CHAT, 20_000, List.of(), 0), text -> started.countDown());
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            // when
            closing.close();

            // then the reply ended as cancelled, and the engine says it is unloaded and refuses more work
            assertThat(handle.await(WAIT).reason()).isEqualTo(StopReason.CANCELLED);
            assertThat(closing.status().detail()).isEqualTo("the model was unloaded");
            assertThat(closing.countTokens("Hello world")).isEqualTo(TokenEstimate.conservative("Hello world"));
        }
    }

    /** Records what a generation sends. */
    static class Recorder implements GenerationListener {
        final List<String> pieces = new CopyOnWriteArrayList<>();
        final List<GenerationResult> completed = new CopyOnWriteArrayList<>();
        final AtomicInteger errors = new AtomicInteger();

        @Override
        public void onToken(String text) {
            pieces.add(text);
        }

        @Override
        public void onComplete(GenerationResult result) {
            completed.add(result);
        }

        @Override
        public void onError(Throwable error) {
            errors.incrementAndGet();
        }
    }
}
