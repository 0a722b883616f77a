package org.dossier.web.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dossier.engine.gguf.TinyLlamaGguf;
import org.dossier.web.privacy.DossierProcess.Launch;
import tools.jackson.databind.JsonNode;

/**
 * A whole session against the packaged jar, as a user has it: serve a copy of sample-docs with a chat model, add a
 * folder of hostile files as a second source, ask a question the model answers, open every page and endpoint,
 * then stop with SIGTERM. Nothing in it may need the network; {@code NoNetworkIT} runs it under strace and inside
 * a network namespace that has only loopback ({@link NoNetworkDriver}).
 *
 * <p>A step that goes wrong is an {@link AssertionError} that ends with the last lines of Dossier's output.
 */
final class NoNetworkScenario {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration INDEXING = Duration.ofSeconds(120);
    private static final Duration STOP = Duration.ofSeconds(60);

    private final Path jar;
    private final Path sampleDocs;
    private final Path work;
    private final List<String> wrapper;
    private final Consumer<String> say;

    /**
     * @param work    an empty folder for the data directory, the inputs written here, and Dossier's output
     * @param wrapper the command Dossier's JVM runs under ({@code strace …}), empty for none
     * @param say     where each step reports how long it took
     */
    NoNetworkScenario(Path jar, Path sampleDocs, Path work, List<String> wrapper, Consumer<String> say) {
        this.jar = jar;
        this.sampleDocs = sampleDocs;
        this.work = work;
        this.wrapper = List.copyOf(wrapper);
        this.say = say;
    }

    /** Runs the session and returns Dossier's exit status after SIGTERM. */
    int run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        // 1. Inputs, written fresh: a copy of sample-docs, the hostile files, a tiny chat model.
        Files.createDirectories(work);
        Path docs = copyTree(sampleDocs, work.resolve("sample-docs"));
        Path hostile = work.resolve("hostile-files");
        int hostileFiles = HostileFiles.write(hostile);
        Path model = TinyLlamaGguf.writeWithContextLength(work.resolve("tiny-llama.gguf"), 8192);
        Path dataDir = Files.createDirectories(work.resolve("data"));

        Launch launch = new Launch(jar, dataDir, model, List.of(docs), wrapper, work.resolve("dossier.log"));
        try (DossierProcess dossier = DossierProcess.start(launch);
             ScenarioClient client = new ScenarioClient(dossier.port, dataDir)) {
            try {
                return session(dossier, client, new Waiting(dossier, say, started), hostile, hostileFiles, dataDir);
            } catch (AssertionError | IOException e) {
                throw new AssertionError(e.getMessage() + "\n" + dossier.logTail(60), e);
            }
        }
    }

    private static int session(DossierProcess dossier, ScenarioClient client, Waiting waiting, Path hostile,
                               int hostileFiles, Path dataDir) throws IOException, InterruptedException {
        // 2. Serving; the sample docs indexed and embedded, the model loaded.
        waiting.until("/api/status answers", START, client::answers);
        waiting.until("the sample docs indexed and embedded, the model ready", INDEXING,
                () -> sampleDocsReady(client));
        long filesBefore = client.json(ScenarioRequests.STATUS).get("counts").get("files").asLong();

        // 3. The hostile files as a second source: each ends indexed, skipped or failed.
        client.send(ScenarioRequests.addSource(hostile));
        waiting.until("the " + hostileFiles + " hostile files accounted for", INDEXING, () -> {
            JsonNode status = client.json(ScenarioRequests.STATUS);
            return status.get("counts").get("files").asLong() == filesBefore + hostileFiles
                    && embeddingCaughtUp(status);
        });

        // 4. A question the model answers, then a streamed follow-up in the same conversation.
        JsonNode answer = client.json(ScenarioRequests.ASK);
        if (!answer.get("mode").asString().equals("GENERATED")) {
            throw new AssertionError("the question did not reach the model: " + answer.get("mode") + ", "
                    + answer.get("notice"));
        }
        waiting.step("asked: the model answered");
        long conversation = answer.get("conversationId").asLong();
        client.send(ScenarioRequests.askStream(conversation));
        waiting.step("asked a follow-up, streamed");

        // 5. Every page, static file and read-only endpoint; the conversation deleted.
        for (Request request : ScenarioRequests.reads(conversation)) {
            client.send(request);
        }
        client.send(ScenarioRequests.deleteConversation(conversation));
        waiting.step("every page and endpoint answered");

        // 6. The attacks of a hostile page and of other local accounts, refused.
        List<String> held = AttackReplay.replay(dossier.port, dataDir, client.apiToken());
        if (!held.isEmpty()) {
            throw new AssertionError("attacks not refused:\n" + String.join("\n", held));
        }
        waiting.step("attacks refused, data directory owner-only");

        // 7. Stopped as a service manager stops it.
        int exit = dossier.stop(STOP);
        waiting.step("stopped by SIGTERM, exit status " + exit);
        return exit;
    }

    private static boolean sampleDocsReady(ScenarioClient client) throws IOException, InterruptedException {
        JsonNode status = client.json(ScenarioRequests.STATUS);
        if (status.get("counts").get("files").asLong() == 0) {
            return false; // not started: no progress to read yet
        }
        JsonNode progress = client.firstEvent(ScenarioRequests.PROGRESS);
        return progress.get("done").asBoolean() && status.get("passages").asInt() > 0 && embeddingCaughtUp(status)
                && status.get("model").get("state").asString().equals("READY");
    }

    private static boolean embeddingCaughtUp(JsonNode status) {
        JsonNode embedding = status.get("embedding");
        return embedding.isNull() || !embedding.get("running").asBoolean()
                && embedding.get("embedded").asInt() == embedding.get("passages").asInt();
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}
