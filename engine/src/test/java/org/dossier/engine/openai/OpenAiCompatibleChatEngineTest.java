package org.dossier.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dossier.engine.ChatRequest;
import org.dossier.engine.ChatRequest.ChatMessage;
import org.dossier.engine.GenerationHandle;
import org.dossier.engine.GenerationResult;
import org.dossier.engine.GenerationResult.StopReason;
import org.dossier.engine.ModelStatus;
import org.dossier.engine.server.StandInLlamaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chat engine against a loopback server speaking OpenAI's streaming wire format (SSE chunks, then [DONE]). */
class OpenAiCompatibleChatEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static StandInLlamaServer server;
    private static OpenAiCompatibleChatEngine engine;

    @BeforeAll
    static void startServer() throws Exception {
        server = new StandInLlamaServer("127.0.0.1", 0, "secret", 0, false);
        engine = new OpenAiCompatibleChatEngine(settingsFor(server.port()).withApiKey("secret"));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void streamsTheReplyPieceByPieceAndReportsTheServersTokenCounts() throws Exception {
        RecordingListener listener = new RecordingListener();

        GenerationResult result = engine.generate(ask("Say hello"), listener).await(WAIT);

        assertThat(listener.tokens).containsExactlyElementsOf(StandInLlamaServer.REPLY);
        assertThat(result.text()).isEqualTo(String.join("", StandInLlamaServer.REPLY));
        assertThat(result.reason()).isEqualTo(StopReason.END_OF_TEXT);
        assertThat(result.promptTokens()).isPositive();
        assertThat(result.generatedTokens()).isEqualTo(StandInLlamaServer.REPLY.size());
        assertThat(listener.completions).containsExactly(result);
        assertThat(engine.status().ready()).isTrue();
    }

    @Test
    void aReplyCutByTheTokenLimitSaysMaxTokens() throws Exception {
        ChatRequest twoTokens = new ChatRequest(List.of(ChatMessage.user("Say hello")), 2, List.of("\n\n"), 0);

        GenerationResult result = engine.generate(twoTokens, new RecordingListener()).await(WAIT);

        assertThat(result.text()).isEqualTo("Hello from");
        assertThat(result.reason()).isEqualTo(StopReason.MAX_TOKENS);
    }

    @Test
    void aConnectionClosedInTheMiddleOfTheReplyEndsInOneErrorWithoutHanging() throws Exception {
        RecordingListener listener = new RecordingListener();

        GenerationHandle handle = engine.generate(ask("cut-off please"), listener);

        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOf(GenerationFailedException.class)
                .hasMessageContaining("closed the stream before the reply was finished");
        assertThat(listener.tokens).containsExactly("Hello", " from");
        assertThat(listener.errors).hasSize(1);
        assertThat(listener.completions).isEmpty();
    }

    @Test
    void anErrorEventInTheMiddleOfTheReplyEndsInOneErrorWithoutHanging() throws Exception {
        RecordingListener listener = new RecordingListener();

        GenerationHandle handle = engine.generate(ask("error-event please"), listener);

        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOf(GenerationFailedException.class);
        assertThat(listener.tokens).containsExactly("Hello", " from");
        assertThat(listener.errors).hasSize(1);
        assertThat(listener.completions).isEmpty();
    }

    @Test
    void cancellingMidReplyEndsCancelledAndHangsUpOnTheServer() throws Exception {
        RecordingListener listener = new RecordingListener();
        int abandonedBefore = server.abandonedStreams();
        GenerationHandle handle = engine.generate(ask("slow please"), listener);
        assertThat(listener.firstToken.await(10, TimeUnit.SECONDS)).isTrue();

        handle.cancel();
        handle.cancel();

        GenerationResult result = handle.await(WAIT);
        assertThat(result.reason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.text()).startsWith(" slowly");
        assertThat(listener.completions).containsExactly(result);
        assertThat(listener.errors).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.abandonedStreams() > abandonedBefore);
    }

    @Test
    void aServerThatIsNotRunningTurnsTheStatusFailedWithWhatToDo() throws Exception {
        var nobodyListens = new OpenAiCompatibleChatEngine(settingsFor(unusedPort()));
        RecordingListener listener = new RecordingListener();

        GenerationHandle handle = nobodyListens.generate(ask("hello"), listener);

        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOf(GenerationFailedException.class);
        assertThat(listener.errors).hasSize(1);
        assertThat(nobodyListens.status().state()).isEqualTo(ModelStatus.State.FAILED);
        assertThat(nobodyListens.status().detail()).contains("is the server running")
                .contains(OpenAiCompatibleSettings.BASE_URL_SETTING).doesNotContain("\n");
    }

    @Test
    void theStatusComesFromAskingTheServerBeforeAnyQuestion() throws Exception {
        assertThat(new OpenAiCompatibleChatEngine(settingsFor(server.port()).withApiKey("secret")).status().ready())
                .isTrue();
        assertThat(new OpenAiCompatibleChatEngine(settingsFor(server.port()).withApiKey("wrong")).status().detail())
                .contains("refused the API key").contains("dossier.engine.api-key");
        assertThat(new OpenAiCompatibleChatEngine(settingsFor(unusedPort())).status().detail())
                .startsWith("nothing answers at http://127.0.0.1:").contains("ollama serve").doesNotContain("\n");
    }

    @Test
    void aWrongApiKeyIsAnError() {
        var wrongKey = new OpenAiCompatibleChatEngine(settingsFor(server.port()).withApiKey("wrong"));
        RecordingListener listener = new RecordingListener();

        GenerationHandle handle = wrongKey.generate(ask("hello"), listener);

        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOf(GenerationFailedException.class);
        assertThat(listener.errors).hasSize(1);
    }

    static OpenAiCompatibleSettings settingsFor(int port) {
        return OpenAiCompatibleSettings.of(URI.create("http://127.0.0.1:" + port + "/v1"), "stand-in")
                .withTimeout(Duration.ofSeconds(5));
    }

    static int unusedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static ChatRequest ask(String question) {
        return new ChatRequest(List.of(ChatMessage.system("Be brief."), ChatMessage.user(question)), 256, null, 0);
    }
}
