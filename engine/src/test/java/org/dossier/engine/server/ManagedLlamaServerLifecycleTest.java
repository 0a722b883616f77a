package org.dossier.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.dossier.engine.ChatRequest;
import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.ModelStatus.State;
import org.dossier.engine.openai.RecordingListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One stand-in llama-server process, started once (starting a JVM from source costs about a second here), taken
 * through its life in order: ready, keeping its key private, chatting, crashing and coming back, stopping without a
 * trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ManagedLlamaServerLifecycleTest {

    private static final Duration START = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private Path directory;
    private ManagedLlamaServer server;
    private LlamaServerChatEngine engine;

    @BeforeAll
    void startServer() throws Exception {
        directory = Files.createTempDirectory("llama-server-test");
        LlamaServerSettings settings = LlamaServerSettings.chat(StandInBinary.model(directory, "gguf"))
                .withBinary(StandInBinary.writeTo(directory))
                .withRestarts(Duration.ofMillis(50), 3);
        server = new ManagedLlamaServer(settings);
        engine = new LlamaServerChatEngine(server, "tiny-model.gguf");
        server.start();
    }

    @AfterAll
    void stopServer() throws Exception {
        engine.close();
        http.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void isLoadingUntilHealthSaysOkThenReadyOnLoopback() throws Exception {
        assertThat(server.status().state()).isEqualTo(State.LOADING);

        assertThat(server.awaitStarted(START).state()).isEqualTo(State.READY);

        assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
        List<String> arguments = List.of(ProcessHandle.of(server.pid().orElseThrow()).orElseThrow()
                .info().arguments().orElseThrow());
        assertThat(String.join(" ", arguments)).contains("--host 127.0.0.1 --port " + server.baseUrl().getPort());
    }

    @Test
    @Order(2)
    void keepsTheKeyOffTheServersCommandLineWhereEveryUserCanReadItYetRequestsStillNeedIt() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc")), "no /proc here to read a command line from");
        Path cmdline = Path.of("/proc", Long.toString(server.pid().orElseThrow()), "cmdline");

        String commandLine = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ');

        assertThat(commandLine).contains("--port " + server.baseUrl().getPort())
                .doesNotContain(server.apiKey()).doesNotContain("--api-key");
        assertThat(tokenize("Bearer " + server.apiKey())).isEqualTo(200);
        assertThat(tokenize(null)).isEqualTo(401);
        assertThat(tokenize("Bearer not-the-key")).isEqualTo(401);
    }

    @Test
    @Order(3)
    void startsTheServerWithItsOwnWebUiOff() throws Exception {
        HttpRequest root = HttpRequest.newBuilder(server.baseUrl().resolve("/")).GET().build();

        assertThat(http.send(root, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void streamsAChatReplyFromTheServer() throws Exception {
        RecordingListener listener = new RecordingListener();
        ChatRequest request = new ChatRequest(List.of(ChatMessage.user("Say hello")), 64, List.of(), 0);

        GenerationResult result = engine.generate(request, listener).await(Duration.ofSeconds(10));

        assertThat(listener.tokens).containsExactlyElementsOf(StandInLlamaServer.REPLY);
        assertThat(result.reason()).isEqualTo(GenerationResult.StopReason.END_OF_TEXT);
        assertThat(result.generatedTokens()).isEqualTo(StandInLlamaServer.REPLY.size());
    }

    @Test
    @Order(5)
    void countsTokensWithTheServersTokenizer() {
        assertThat(engine.countTokens("three little words")).isEqualTo(3);
    }

    @Test
    @Order(5)
    void countsManyTextsAtOnceExactlyAsOneByOne() {
        // given more texts than requests go at once, and counts the stand-in's tokenizer gives (words), not estimates
        List<String> texts = new java.util.ArrayList<>(List.of("three little words", "", "one",
                "a passage of seven words right here", "quote \"marks\" and a\nline break"));
        for (int i = 0; i < 3 * ServerTokenizer.PARALLEL_REQUESTS; i++) {
            texts.add("word ".repeat(i));
        }

        // when
        int[] counts = engine.countTokens(texts);

        // then
        assertThat(counts).containsExactly(texts.stream().mapToInt(engine::countTokens).toArray());
        assertThat(counts).startsWith(3, 0, 1, 7);
        assertThat(counts[5 + 7]).isEqualTo(7);
    }

    @Test
    @Order(6)
    void comesBackWithANewProcessAfterACrash() throws Exception {
        long crashed = server.pid().orElseThrow();

        crash();

        await().atMost(START).until(() -> server.status().ready() && server.pid().isPresent()
                && server.pid().getAsLong() != crashed);
        assertThat(ProcessHandle.of(crashed)).isEmpty();
        RecordingListener listener = new RecordingListener();
        engine.generate(new ChatRequest(List.of(ChatMessage.user("again")), 64, null, 0), listener)
                .await(Duration.ofSeconds(10));
        assertThat(listener.completions).hasSize(1);
    }

    @Test
    @Order(7)
    void stopsTheServerAndEverythingItStartedLeavingNoOrphan() {
        ProcessHandle child = ProcessHandle.of(server.pid().orElseThrow()).orElseThrow();
        List<ProcessHandle> family = Stream.concat(Stream.of(child), child.descendants()).toList();

        engine.close();

        assertThat(family).noneMatch(ProcessHandle::isAlive);
        assertThat(server.pid()).isEmpty();
        assertThat(server.status().state()).isEqualTo(State.FAILED);
        assertThat(server.status().detail()).contains("stopped");
    }

    private int tokenize(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve("/tokenize"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"two words\"}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void crash() throws Exception {
        URI crash = server.baseUrl().resolve("/crash");
        try {
            http.send(HttpRequest.newBuilder(crash).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException connectionDroppedAsItDied) {
            // the stand-in may exit before its answer is read
        }
    }
}
