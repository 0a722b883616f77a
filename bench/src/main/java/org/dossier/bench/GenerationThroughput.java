package org.dossier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

import org.dossier.engine.ChatRequest;
import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.llamacpp.ArchitectureSupport;
import org.dossier.engine.llamacpp.InProcessLlamaEngine;
import org.dossier.engine.llamacpp.InProcessSettings;

/**
 * How fast a model generates through Dossier's engine seam ({@link InProcessLlamaEngine}: a chat request, a
 * listener, a handle to await) against the same model called directly through {@code de.kherud:llama}
 * ({@link BareLlama}): the ratio is what the seam costs. Same model file, context, threads, prompt text and greedy
 * sampling on both sides; each side loads its own copy of the model, and both stay loaded for the whole run.
 *
 * <p>The model is tiny (stories260K: 260K parameters), so a run takes a fraction of a second and any overhead of
 * the seam shows; with a real model the same overhead would weigh far less.
 *
 * <p>llama.cpp keeps the last prompt's KV cache and reuses its longest common prefix, so the same prompt asked
 * again costs one token: time to first token would measure nothing. Before every run, each side therefore
 * generates one token for an unrelated chat ({@link #FLUSH}), untimed. Only the first few tokens (the
 * beginning-of-text token and the start of ChatML's header) stay shared with the measured prompt; their number is
 * in the parameters. In Dossier every question has a prompt of its own, so a cold prompt is the case that matters.
 *
 * <p>Warm-up rounds come first, then timed rounds; in each, both sides run once, in alternating order, so that
 * drift in the machine's state falls on both alike. Medians of the timed rounds are reported.
 */
final class GenerationThroughput implements Benchmark {

    /** As a caller would set it for a 2-core machine; fixed so that results compare across machines. */
    private static final int THREADS = 2;
    /** Dossier's default ({@link InProcessSettings#forModel}); the engine clamps it to what the model was trained for. */
    private static final int CONTEXT_SIZE = 4096;
    private static final int MAX_TOKENS = 256;
    private static final int WARM_UP_ROUNDS = 2;
    private static final int ROUNDS = 5;
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    /**
     * About 200 tokens once in ChatML. A story beginning the model (trained on TinyStories) goes on with, rather
     * than one it ends early: at temperature 0 it writes all {@link #MAX_TOKENS} tokens without an end of text.
     */
    static final String STORY = "Once upon a time, there was a little girl named Lily. She lived in a small house"
            + " with her mom and a fluffy dog named Max. Every morning, Lily and Max went to the park to play. One"
            + " sunny day, Lily found a shiny red ball under a bush. Then a little boy named Tom came to the park. He"
            + " was sad because he had no one to play with. Lily smiled at him and said, \"Do you want to play with"
            + " us?\" Tom";

    private static final ChatRequest REQUEST = new ChatRequest(List.of(ChatMessage.user(STORY)), MAX_TOKENS, List.of(), 0.0);

    /** Replaces the cached prompt; a system turn first, so that it parts from the measured prompt early. */
    private static final ChatRequest FLUSH = new ChatRequest(
            List.of(ChatMessage.system("Flush."), ChatMessage.user("Hi.")), 1, List.of(), 0.0);

    private final Path model;

    GenerationThroughput(Path model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "generation-throughput";
    }

    /** One round: a timed run of each side. */
    private record Round(TimedGeneration seam, TimedGeneration bare) {
    }

    @Override
    public BenchResult run() throws Exception {
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("model file not found: " + model.toAbsolutePath().normalize()
                    + " — set -Dbench.model=<a GGUF> (relative to the project root; the default is stories260K.gguf"
                    + " from the shared models folder, see its README)");
        }
        // The binding unpacks its native library on first use; into a folder of our own, not the shared tmp dir.
        try (TempFolder natives = TempFolder.create("dossier-bench-llama-natives-")) {
            System.setProperty("de.kherud.llama.tmpdir", natives.path().toString());
            try (InProcessLlamaEngine engine = InProcessLlamaEngine.start(
                    new InProcessSettings(model, CONTEXT_SIZE, THREADS, 0))) {
                ModelStatus status = engine.awaitLoaded(LOAD_TIMEOUT);
                check(status.ready(), "the engine did not load " + model + ": " + status.detail());
                // The context the engine allocated, so that the bare model gets exactly the same.
                int contextSize = engine.contextTokens();
                try (BareLlama bare = new BareLlama(model, contextSize, THREADS)) {
                    return measure(engine, bare, contextSize);
                }
            }
        }
    }

    private BenchResult measure(InProcessLlamaEngine engine, BareLlama bare, int contextSize) throws Exception {
        String prompt = bare.render(REQUEST);
        int[] promptTokens = bare.encode(prompt);
        List<Round> rounds = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            TimedGeneration seam;
            TimedGeneration baseline;
            if (round % 2 == 0) {
                seam = runSeam(engine, promptTokens.length);
                baseline = runBare(bare, prompt);
            } else {
                baseline = runBare(bare, prompt);
                seam = runSeam(engine, promptTokens.length);
            }
            // Greedy decoding of the same prompt on the same weights: any difference means the two sides were
            // not doing the same work, and their times would not compare.
            check(seam.tokens() == baseline.tokens() && seam.text().equals(baseline.text()),
                    "the seam generated " + seam.tokens() + " tokens, the bare API " + baseline.tokens()
                            + (seam.text().equals(baseline.text()) ? "" : ", and not the same text"));
            if (round >= WARM_UP_ROUNDS) {
                rounds.add(new Round(seam, baseline));
            }
        }
        return result(rounds, contextSize, promptTokens, bare.encode(bare.render(FLUSH)));
    }

    private static TimedGeneration runSeam(InProcessLlamaEngine engine, int promptTokens) throws InterruptedException {
        engine.generate(FLUSH, text -> { }).await(RUN_TIMEOUT);
        AtomicLong firstToken = new AtomicLong();
        long started = System.nanoTime();
        GenerationResult result = engine.generate(REQUEST, text -> firstToken.compareAndSet(0, System.nanoTime()))
                .await(RUN_TIMEOUT);
        long ended = System.nanoTime();
        check(result.promptTokens() == promptTokens, "the seam's prompt has " + result.promptTokens()
                + " tokens, the bare API's " + promptTokens + ": the two did not get the same prompt text");
        long first = firstToken.get() == 0 ? ended : firstToken.get();
        return new TimedGeneration(Duration.ofNanos(first - started), Duration.ofNanos(ended - started),
                result.generatedTokens(), result.text());
    }

    private static TimedGeneration runBare(BareLlama bare, String prompt) {
        bare.generate(bare.render(FLUSH), FLUSH.maxTokens());
        return bare.generate(prompt, MAX_TOKENS);
    }

    private BenchResult result(List<Round> rounds, int contextSize, int[] promptTokens, int[] flushTokens) {
        List<TimedGeneration> seam = rounds.stream().map(Round::seam).toList();
        List<TimedGeneration> bare = rounds.stream().map(Round::bare).toList();
        BenchResult.Row seamRow = row("Dossier engine seam", promptTokens.length, seam);
        BenchResult.Row bareRow = row("bare de.kherud:llama", promptTokens.length, bare);

        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("model", model.toString());
        parameters.put("llamaCppBuild", ArchitectureSupport.LLAMA_CPP_BUILD);
        parameters.put("threads", THREADS);
        parameters.put("contextSize", contextSize);
        parameters.put("promptTokens", promptTokens.length);
        parameters.put("promptTokensCachedFromFlush", commonPrefix(promptTokens, flushTokens));
        parameters.put("maxTokens", MAX_TOKENS);
        parameters.put("generatedTokens", rounds.getLast().seam().tokens());
        parameters.put("temperature", 0.0);
        parameters.put("warmUpRounds", WARM_UP_ROUNDS);
        parameters.put("rounds", ROUNDS);
        parameters.put("statistic", "median of the rounds after the warm-up rounds");
        parameters.put("userMessage", STORY);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("ratio seam/bare (generated tokens/s)", cell(seamRow, "generated tokens/s") / cell(bareRow, "generated tokens/s"));
        summary.put("ratio seam/bare (time to first token)", cell(seamRow, "first token ms") / cell(bareRow, "first token ms"));
        summary.put("seam: generated tokens/s per round", perRound(seam, TimedGeneration::generatedTokensPerSecond));
        summary.put("bare: generated tokens/s per round", perRound(bare, TimedGeneration::generatedTokensPerSecond));
        summary.put("seam: first token ms per round", perRound(seam, TimedGeneration::timeToFirstTokenMillis));
        summary.put("bare: first token ms per round", perRound(bare, TimedGeneration::timeToFirstTokenMillis));

        return new BenchResult(name(),
                "Generation: " + model.getFileName() + ", " + THREADS + " threads, " + promptTokens.length
                        + "-token prompt, " + MAX_TOKENS + " tokens asked, greedy",
                parameters, List.of(seamRow, bareRow), summary);
    }

    private static BenchResult.Row row(String label, int promptTokens, List<TimedGeneration> runs) {
        double firstTokenMillis = Metrics.median(perRound(runs, TimedGeneration::timeToFirstTokenMillis));
        Map<String, Number> cells = new LinkedHashMap<>();
        cells.put("prompt tokens", promptTokens);
        cells.put("generated tokens", runs.getLast().tokens());
        cells.put("first token ms", firstTokenMillis);
        cells.put("prompt tokens/s", promptTokens / (firstTokenMillis / 1000));
        cells.put("generated tokens/s", Metrics.median(perRound(runs, TimedGeneration::generatedTokensPerSecond)));
        return new BenchResult.Row(label, cells);
    }

    private static double cell(BenchResult.Row row, String column) {
        return row.cells().get(column).doubleValue();
    }

    /** In the order the rounds ran. */
    private static List<Double> perRound(List<TimedGeneration> runs, ToDoubleFunction<TimedGeneration> figure) {
        return runs.stream().map(figure::applyAsDouble).toList();
    }

    private static int commonPrefix(int[] a, int[] b) {
        int common = 0;
        while (common < Math.min(a.length, b.length) && a[common] == b[common]) {
            common++;
        }
        return common;
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
