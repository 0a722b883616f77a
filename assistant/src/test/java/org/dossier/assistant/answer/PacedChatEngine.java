package org.dossier.assistant.answer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.dossier.engine.ChatEngine;
import org.dossier.engine.ChatRequest;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationListener;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.GenerationResult.StopReason;
import org.dossier.engine.ModelStatus;

/**
 * A deterministic stand-in for a chat model that writes the way a real one does: on its own thread, a scripted reply
 * word by word with a pause between words, stopping between two words when cancelled. It can hold after a number of
 * words until released, so that a test can look at an answer half written, and it keeps the last generation so that
 * a test can see whether and when it was cancelled.
 */
public final class PacedChatEngine implements ChatEngine {

    private final Duration pause;
    private volatile String reply;
    private volatile int holdAfter = Integer.MAX_VALUE;
    private volatile CountDownLatch held = new CountDownLatch(1);
    private final AtomicReference<Generation> last = new AtomicReference<>();

    public PacedChatEngine(String reply, Duration pause) {
        this.reply = reply;
        this.pause = pause;
    }

    /** The reply of the generations that start from now on. */
    public void reply(String text) {
        reply = text;
    }

    /** Generations that start from now on stop after this many words until {@link #release()}. */
    public void holdAfter(int words) {
        held = new CountDownLatch(1);
        holdAfter = words;
    }

    /** Lets a held generation go on, and those that start later run through. */
    public void release() {
        holdAfter = Integer.MAX_VALUE;
        held.countDown();
    }

    /** The generation that started last (null before the first). */
    public Generation lastGeneration() {
        return last.get();
    }

    /** The words of a reply as this model sends them: each with the blank that follows it. */
    public static List<String> words(String reply) {
        return List.of(reply.split("(?<= )"));
    }

    @Override
    public ModelStatus status() {
        return new ModelStatus(ModelStatus.State.READY, "paced test model");
    }

    @Override
    public int contextTokens() {
        return 4096;
    }

    /** One token per word. */
    @Override
    public int[] countTokens(List<String> texts) {
        return texts.stream().mapToInt(text -> text.strip().isEmpty() ? 0 : text.strip().split("\\s+").length)
                .toArray();
    }

    @Override
    public GenerationHandle generate(ChatRequest request, GenerationListener listener) {
        Generation generation = new Generation(words(reply), holdAfter, held, listener);
        last.set(generation);
        Thread.ofPlatform().daemon().name("paced-test-model").start(generation::run);
        return generation;
    }

    /** One reply being written. */
    public final class Generation implements GenerationHandle {

        private final List<String> words;
        private final int holdAfter;
        private final CountDownLatch held;
        private final GenerationListener listener;
        private final AtomicBoolean cancelRequested = new AtomicBoolean();
        private final CountDownLatch cancelled = new CountDownLatch(1);
        private final AtomicInteger sent = new AtomicInteger();
        private final CompletableFuture<GenerationResult> result = new CompletableFuture<>();

        private Generation(List<String> words, int holdAfter, CountDownLatch held, GenerationListener listener) {
            this.words = words;
            this.holdAfter = holdAfter;
            this.held = held;
            this.listener = listener;
        }

        private void run() {
            StringBuilder text = new StringBuilder();
            try {
                for (String word : words) {
                    if (sent.get() == holdAfter) {
                        awaitRelease();
                    }
                    Thread.sleep(pause);
                    if (cancelRequested.get()) {
                        break;
                    }
                    listener.onToken(word);
                    text.append(word);
                    sent.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            StopReason reason = cancelRequested.get() ? StopReason.CANCELLED : StopReason.END_OF_TEXT;
            if (reason == StopReason.CANCELLED) {
                cancelled.countDown();
            }
            GenerationResult done = new GenerationResult(text.toString(), 0, sent.get(), reason);
            listener.onComplete(done);
            result.complete(done);
        }

        /** Held until released or cancelled. */
        private void awaitRelease() throws InterruptedException {
            while (!held.await(5, TimeUnit.MILLISECONDS) && !cancelRequested.get()) {
                Thread.onSpinWait();
            }
        }

        @Override
        public void cancel() {
            cancelRequested.set(true);
        }

        @Override
        public GenerationResult await(Duration timeout) throws InterruptedException {
            try {
                return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the paced test model did not finish", e);
            }
        }

        /** Whether the model stopped early because it was cancelled, waiting at most the timeout for it. */
        public boolean awaitCancelled(Duration timeout) throws InterruptedException {
            return cancelled.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Words sent so far. */
        public int sent() {
            return sent.get();
        }

        public int words() {
            return words.size();
        }
    }
}
