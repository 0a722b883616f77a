package org.dossier.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dossier.engine.gguf.GgufReader;
import org.dossier.engine.llamacpp.InProcessLlamaEngine;
import org.dossier.engine.llamacpp.InProcessSettings;
import org.dossier.engine.models.BenchPrompt;
import org.dossier.engine.models.PeakMemory;
import org.dossier.engine.models.SeamRun;
import org.dossier.engine.server.LlamaServerChatEngine;
import org.dossier.engine.server.LlamaServerSettings;
import org.dossier.engine.server.LlamaServerTimings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code models bench <gguf>}: runs a model on this machine the way Dossier would, with the engine settings, and
 * measures what people choose models by. In order: (1) start the runtime for the file (a managed llama-server of
 * its own, or in-process llama.cpp) and wait for it; (2) warm it up on a short prompt; (3) time a prompt of about
 * 2,000 tokens at the engine seam; (4) with a server, ask the server for its own timings of the same prompt and
 * read its peak memory; (5) stop it; (6) when asked, the answer self-check ({@link AnswerSelfCheck}); and keep the
 * result in the data directory ({@code bench/models.json}), so two quantizations can be compared side by side.
 */
public final class ModelBenchmarks {

    static final int ANSWER_TOKENS = 64;
    private static final Duration START = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EngineProperties engine;
    private final DossierProperties dossier;

    public ModelBenchmarks(EngineProperties engine, DossierProperties dossier) {
        this.engine = engine;
        this.dossier = dossier;
    }

    /** @param runtime {@code LLAMA_SERVER} or {@code IN_PROCESS} */
    public BenchResult run(Path gguf, EngineProperties.Runtime runtime) throws IOException, InterruptedException {
        return run(gguf, runtime, AnswerSelfCheck.Runner.NONE);
    }

    /**
     * The run above, then (6) the answer self-check, once the benched runtime is stopped (its answers come from the
     * configured chat engine and must not compete with the benched one), kept with the speeds.
     */
    public BenchResult run(Path gguf, EngineProperties.Runtime runtime, AnswerSelfCheck.Runner selfCheck)
            throws IOException, InterruptedException {
        BenchResult result = measured(gguf, runtime).withSelfCheck(selfCheck.check(gguf));
        store(result);
        return result;
    }

    private BenchResult measured(Path gguf, EngineProperties.Runtime runtime) throws IOException, InterruptedException {
        GgufModelFacts facts = new GgufReader().facts(gguf);
        return switch (runtime) {
            case LLAMA_SERVER -> onServer(gguf, facts);
            case IN_PROCESS -> inProcess(gguf, facts);
            default -> throw new IllegalArgumentException("models bench runs a GGUF file: with llama-server or "
                    + "in-process, not " + runtime.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        };
    }

    /** Every stored result, oldest first. */
    public List<BenchResult> stored() {
        Path file = storeFile();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(Files.readString(file), BenchResult[].class));
        } catch (IOException | JacksonException e) {
            return List.of(); // unreadable: the next run starts the file afresh
        }
    }

    private BenchResult onServer(Path gguf, GgufModelFacts facts) throws IOException, InterruptedException {
        LlamaServerChatEngine server = LlamaServerChatEngine.start(LlamaServerSettings.chat(gguf, engine));
        try {
            // sized to what the server really serves, as Dossier's own prompts are
            ChatEngine chat = new ContextSizedChatEngine(server, engine.contextSize(), server.contextProbe());
            requireReady(chat, gguf);
            SeamRun seam = measure(chat);
            LlamaServerTimings own = LlamaServerTimings.measure(server, BenchPrompt.forEngine(chat, ANSWER_TOKENS),
                    ANSWER_TOKENS);
            Long peak = LlamaServerTimings.pid(server).stream().mapToObj(PeakMemory::ofProcess).findFirst()
                    .orElse(null);
            return result(facts, "llama-server", seam, own.promptPerSecond(), own.predictedPerSecond(), peak);
        } finally {
            server.close();
        }
    }

    private BenchResult inProcess(Path gguf, GgufModelFacts facts) throws InterruptedException {
        LlamaNatives.unpackInto(dossier);
        try (InProcessLlamaEngine chat = InProcessLlamaEngine.start(InProcessSettings.of(gguf, engine))) {
            requireReady(chat, gguf);
            SeamRun seam = measure(chat);
            return result(facts, "in-process", seam, null, null, PeakMemory.ofProcess(ProcessHandle.current().pid()));
        }
    }

    private static void requireReady(ChatEngine chat, Path gguf) throws InterruptedException {
        ModelStatus status = chat.awaitReady(START);
        if (!status.ready()) {
            throw new IllegalStateException("cannot bench " + gguf.getFileName() + ": " + status.detail());
        }
    }

    /** A short run first, so that loading pages and warming caches is not counted as the model's speed. */
    private static SeamRun measure(ChatEngine chat) throws InterruptedException {
        SeamRun.of(chat, "Say hello.", 8);
        return SeamRun.of(chat, BenchPrompt.forEngine(chat, ANSWER_TOKENS), ANSWER_TOKENS);
    }

    private static BenchResult result(GgufModelFacts facts, String runtime, SeamRun seam, Double serverPrompt,
                                      Double serverGeneration, Long peak) {
        return new BenchResult(String.valueOf(facts.path().getFileName()), runtime, facts.fileSize(),
                facts.fileType(), Instant.now().toString(), seam.promptTokens(), seam.generatedTokens(),
                seam.firstTokenNanos() / 1e6, seam.promptTokensPerSecond(), seam.generationTokensPerSecond(),
                serverPrompt, serverGeneration, peak, null);
    }

    private void store(BenchResult result) {
        List<BenchResult> all = new ArrayList<>(stored());
        all.add(result);
        Path file = storeFile();
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling("models.json.tmp");
            Files.writeString(temporary, JSON.writeValueAsString(all));
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the bench result in " + file + ": " + e.getMessage(), e);
        }
    }

    private Path storeFile() {
        return dossier.dataDir().resolve("bench/models.json");
    }
}
